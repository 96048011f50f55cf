import { sql } from 'kysely';
import type { MigrationDb, MigrationDialect } from './migration-db';

// Search at 100,000 incidents on SQLite. The facet values (and the restricted mark) of a document
// become words of a sixth FTS5 column, `facets`, so filters and the visibility rule are doclist
// operations inside the one FTS5 query instead of a join per match; the same column, stored in
// `search_documents`, is what facet counting reads. The small columns move before the texts so
// reading them never walks overflow pages. `search_facet_values` is no longer used on SQLite.
// The documents are derived data: the tables are rebuilt empty and every incident marked dirty.
// PostgreSQL keeps its schema (tsvector + GIN and `search_facet_values`).

const textColumns = ['title', 'summary', 'postmortem', 'timeline', 'actions', 'facets'];

async function recreateDocuments(db: MigrationDb): Promise<void> {
  for (const trigger of ['search_fts_ai', 'search_fts_ad', 'search_fts_au']) {
    await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
  }
  await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable('search_documents').execute();
  await db.schema.dropTable('search_facet_values').execute();
  await db.schema
    .createTable('search_documents')
    .addColumn('incident_key', 'text', (c) => c.notNull().unique())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('facets', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('postmortem', 'text', (c) => c.notNull())
    .addColumn('timeline', 'text', (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('search_documents_started')
    .on('search_documents')
    .columns(['started_at', 'incident_key'])
    .execute();
}

async function createWordIndex(db: MigrationDb): Promise<void> {
  const columns = sql.raw(textColumns.join(', '));
  const newValues = sql.raw(textColumns.map((c) => `new.${c}`).join(', '));
  const oldValues = sql.raw(textColumns.map((c) => `old.${c}`).join(', '));
  await sql`create virtual table search_fts using fts5(${columns},
    content='search_documents', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger search_fts_ai after insert on search_documents begin
    insert into search_fts(rowid, ${columns}) values (new.rowid, ${newValues}); end`.execute(db);
  await sql`create trigger search_fts_ad after delete on search_documents begin
    insert into search_fts(search_fts, rowid, ${columns})
    values ('delete', old.rowid, ${oldValues}); end`.execute(db);
  await sql`create trigger search_fts_au after update on search_documents begin
    insert into search_fts(search_fts, rowid, ${columns})
    values ('delete', old.rowid, ${oldValues});
    insert into search_fts(rowid, ${columns}) values (new.rowid, ${newValues}); end`.execute(db);
}

export async function up(db: MigrationDb, dialect: MigrationDialect): Promise<void> {
  if (dialect.fullText !== 'fts5') return;
  await recreateDocuments(db);
  await createWordIndex(db);
  await sql`delete from search_dirty`.execute(db);
  await sql`insert into search_dirty(incident_key) select key from incidents`.execute(db);
}
