import type { MigrationDb } from './migration-db';

// Small raw bodies (a webhook delivery's JSON) kept in the database, written in the same
// transaction as the record that points at them: the commit makes them durable, with no file,
// fsync and rename per delivery. Bytes are base64 text, the same on SQLite and PostgreSQL.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('inline_blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .execute();
}
