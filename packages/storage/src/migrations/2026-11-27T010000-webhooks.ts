import type { MigrationDb } from './migration-db';

// Webhook deliveries. One row per accepted delivery, whatever happened to it, so a delivery the
// sender repeats is recognised (unique source + delivery key) and evidence no incident took
// (maintenance, no matching rule) stays listed. No foreign key to incidents: a delivery record
// outlives an incident someone deletes, like the access log it is.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('delivery_key', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('incident_key', 'text')
    .addColumn('group_key', 'text')
    .addColumn('service', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('evidence_id', 'text')
    .addColumn('entries_added', 'integer', (c) => c.notNull())
    .addColumn('duplicates_skipped', 'integer', (c) => c.notNull())
    .addUniqueConstraint('webhook_deliveries_source_key', ['source', 'delivery_key'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_group')
    .on('webhook_deliveries')
    .columns(['source', 'group_key', 'received_at'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_service')
    .on('webhook_deliveries')
    .columns(['service', 'received_at'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_received')
    .on('webhook_deliveries')
    .columns(['received_at', 'id'])
    .execute();
}
