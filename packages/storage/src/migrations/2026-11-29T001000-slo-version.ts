import { sql } from 'kysely';
import type { MigrationDb } from './migration-db';

// An SLO's version, so an edit made from an older read is refused (412) instead of silently
// replacing someone else's change. Every SLO stored before this starts at version 1.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('slos')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(sql`1`))
    .execute();
}
