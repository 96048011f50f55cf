import type { MigrationDb } from './migration-db';

// Joint postmortems: one row per incident covered by another incident's postmortem. An incident
// is covered by at most one joint postmortem (the primary key), and the primary's rows go when it
// does. Looked up both ways: by the covered incident (its page) and by the primary (the list).

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('postmortem_links')
    .addColumn('incident_key', 'text', (c) =>
      c.primaryKey().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('primary_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('linked_by', 'text')
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('postmortem_links_primary')
    .on('postmortem_links')
    .column('primary_key')
    .execute();
}
