import type { MigrationDb } from './migration-db';

// One row per incident and milestone: the last accept/override a person made. The incident row
// keeps the milestone time itself; this table says where that time came from.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('milestone_decisions')
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('milestone', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('at', 'text')
    .addColumn('entry_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('milestone_decisions_pk', ['incident_key', 'milestone'])
    .execute();
}
