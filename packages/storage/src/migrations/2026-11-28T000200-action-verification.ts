import type { MigrationDb } from './migration-db';

// An action's verification criteria and what the last check found, one row per action (it goes
// with its action). Criteria, evidence and sign-off are JSON read whole; the check job finds its
// rows through the action's status, so the state column is not indexed.

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('action_verifications')
    .addColumn('action_id', 'text', (c) =>
      c.primaryKey().references('action_items.id').onDelete('cascade'),
    )
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('since', 'text')
    .addColumn('checked_at', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('sign_off', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
