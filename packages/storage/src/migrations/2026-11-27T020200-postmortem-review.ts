import type { MigrationDb } from './migration-db';

// The review workflow of a postmortem: who was asked to review, each reviewer's latest verdict,
// threaded comments, and the append-only history of saved content (full snapshots as JSON, read
// whole; nothing queries inside them). Rows go with their incident.

async function createReviewTables(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('postmortem_review_requests')
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('postmortem_review_requests_pk', ['incident_key', 'kind', 'name'])
    .execute();
  await db.schema
    .createTable('postmortem_review_verdicts')
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('postmortem_version', 'integer', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('postmortem_review_verdicts_pk', ['incident_key', 'reviewer'])
    .execute();
}

async function createCommentTable(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('postmortem_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('parent_id', 'text')
    .addColumn('anchor_kind', 'text', (c) => c.notNull())
    .addColumn('anchor_ref', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mentions', 'text', (c) => c.notNull())
    .addColumn('resolved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('postmortem_comments_incident')
    .on('postmortem_comments')
    .columns(['incident_key', 'id'])
    .execute();
}

async function createRevisionTable(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('postmortem_revisions')
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('postmortem_revisions_pk', ['incident_key', 'version'])
    .execute();
}

export async function up(db: MigrationDb): Promise<void> {
  await createReviewTables(db);
  await createCommentTable(db);
  await createRevisionTable(db);
}
