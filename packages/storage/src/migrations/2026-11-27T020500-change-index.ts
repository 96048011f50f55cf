import type { MigrationDb } from './migration-db';

// The changes feed (deploys, config, feature flags, migrations across incidents) reads timeline
// entries by kind and time; without this index it would scan every entry of every incident.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createIndex('timeline_entries_kind_at')
    .on('timeline_entries')
    .columns(['kind', 'at'])
    .execute();
}
