import type { MigrationDb } from './migration-db';

// The coded root-cause analysis (trigger, root causes, factors, why chains) lives with its
// postmortem as one JSON text column: it is always read and written whole, and nothing queries
// inside it in SQL. Rows that predate it read as an empty analysis.

const emptyRcaJson = '{"trigger":null,"rootCauses":[],"factors":[],"whys":[]}';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('postmortems')
    .addColumn('rca', 'text', (c) => c.notNull().defaultTo(emptyRcaJson))
    .execute();
}
