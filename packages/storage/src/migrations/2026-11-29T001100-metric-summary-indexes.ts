import type { MigrationDb } from './migration-db';

// The metrics summary's refresh runs inside every write to an incident's timeline or evidence.
// It counts the incident's log and trace entries and its distinct evidence formats; through the
// (incident, time) indexes that read every entry and record of the incident, so a storm of
// deliveries into one incident cost time growing with the square of its size. With these the
// log/trace count reads only log and trace entries, and the format count only the index.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createIndex('timeline_entries_incident_kind')
    .on('timeline_entries')
    .columns(['incident_key', 'kind'])
    .execute();
  await db.schema
    .createIndex('evidence_incident_format')
    .on('evidence')
    .columns(['incident_key', 'format'])
    .execute();
}
