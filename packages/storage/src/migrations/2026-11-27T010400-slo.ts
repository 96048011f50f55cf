import type { MigrationDb } from './migration-db';

// SLO definitions and their SLI samples. A definition is stored as JSON (it is read and written
// whole); samples are rows keyed by (slo, instant) so good and total arriving in separate uploads
// merge into one sample, and a time-range read walks the primary key.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('slos')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('slos_service').on('slos').column('service').execute();
  await db.schema
    .createTable('sli_samples')
    .addColumn('slo_name', 'text', (c) => c.notNull().references('slos.name').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('good', 'double precision')
    .addColumn('bad', 'double precision')
    .addColumn('total', 'double precision')
    .addColumn('value', 'double precision')
    .addPrimaryKeyConstraint('sli_samples_pk', ['slo_name', 'at'])
    .execute();
}
