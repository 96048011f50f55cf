import type { MigrationDb } from './migration-db';

// An incident may repeat an earlier one. The link is a nullable column on the incident (one
// original per incident), indexed so "which incidents repeat INC-n" and the recurrence metric do not
// scan the table. Existing incidents are not recurrences.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('incidents')
    .addColumn('recurrence_of', 'text', (c) => c.references('incidents.key').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('incidents_recurrence_of')
    .on('incidents')
    .column('recurrence_of')
    .execute();
}
