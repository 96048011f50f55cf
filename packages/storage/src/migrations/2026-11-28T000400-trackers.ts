import type { MigrationDb } from './migration-db';

// One linked tracker issue per action item. The action owns the link: deleting the action drops
// it. Webhooks find links by (kind, ref), the poll by state and last sync.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('action_issue_links')
    .addColumn('action_id', 'text', (c) =>
      c.primaryKey().references('action_items.id').onDelete('cascade'),
    )
    .addColumn('team', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('remote_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('synced_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_issue_links_ref')
    .on('action_issue_links')
    .columns(['kind', 'ref'])
    .execute();
  await db.schema
    .createIndex('action_issue_links_state')
    .on('action_issue_links')
    .columns(['state', 'synced_at'])
    .execute();
}
