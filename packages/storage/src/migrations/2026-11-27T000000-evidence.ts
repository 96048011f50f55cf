import type { MigrationDb } from './migration-db';

// Evidence records and timeline de-duplication. Dedupe keys live in a table of their own, not on
// the entry: a key stays known after its entry is deleted, so re-importing the same evidence
// does not bring back an entry someone removed on purpose.

async function createEvidence(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('records', 'bigint', (c) => c.notNull())
    .addColumn('entries_added', 'integer', (c) => c.notNull())
    .addColumn('duplicates_skipped', 'integer', (c) => c.notNull())
    .addColumn('problems', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evidence_incident_received')
    .on('evidence')
    .columns(['incident_key', 'received_at', 'id'])
    .execute();
  await db.schema.createIndex('evidence_sha256').on('evidence').column('sha256').execute();
}

async function createTimelineDedupeKeys(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('timeline_dedupe_keys')
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('timeline_dedupe_keys_pk', ['incident_key', 'dedupe_key'])
    .execute();
}

export async function up(db: MigrationDb): Promise<void> {
  await createEvidence(db);
  await createTimelineDedupeKeys(db);
}
