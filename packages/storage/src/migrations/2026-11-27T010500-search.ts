import { sql } from 'kysely';
import type { MigrationDb, MigrationDialect } from './migration-db';

// Full-text search. Every write to a table an incident's search document is built from marks
// the incident dirty through a trigger, whatever code path wrote it; the search repository
// rebuilds dirty documents before it answers. Documents live in `search_documents`, facet values
// in `search_facet_values`; the word index is FTS5 on SQLite and a weighted tsvector with a GIN
// index on PostgreSQL.

/** The tables a search document reads, and the column that names the incident. */
const sources = [
  ['incidents', 'key'],
  ['incident_services', 'incident_key'],
  ['incident_tags', 'incident_key'],
  ['postmortems', 'incident_key'],
  ['postmortem_sections', 'incident_key'],
  ['timeline_entries', 'incident_key'],
  ['action_items', 'incident_key'],
] as const;

async function createTables(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('search_dirty')
    .addColumn('incident_key', 'text', (c) => c.primaryKey())
    .execute();
  await db.schema
    .createTable('search_documents')
    .addColumn('incident_key', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('postmortem', 'text', (c) => c.notNull())
    .addColumn('timeline', 'text', (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('search_documents_started')
    .on('search_documents')
    .columns(['started_at', 'incident_key'])
    .execute();
  await db.schema
    .createTable('search_facet_values')
    .addColumn('incident_key', 'text', (c) => c.notNull())
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_facet_values_pk', ['incident_key', 'facet', 'value'])
    .execute();
  await db.schema
    .createIndex('search_facet_values_lookup')
    .on('search_facet_values')
    .columns(['facet', 'value', 'incident_key'])
    .execute();
}

async function createSqliteIndex(db: MigrationDb): Promise<void> {
  await sql`create virtual table search_fts using fts5(
    title, summary, postmortem, timeline, actions,
    content='search_documents', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  const columns = sql.raw('title, summary, postmortem, timeline, actions');
  const newValues = sql.raw('new.title, new.summary, new.postmortem, new.timeline, new.actions');
  const oldValues = sql.raw('old.title, old.summary, old.postmortem, old.timeline, old.actions');
  await sql`create trigger search_fts_ai after insert on search_documents begin
    insert into search_fts(rowid, ${columns}) values (new.rowid, ${newValues}); end`.execute(db);
  await sql`create trigger search_fts_ad after delete on search_documents begin
    insert into search_fts(search_fts, rowid, ${columns})
    values ('delete', old.rowid, ${oldValues}); end`.execute(db);
  await sql`create trigger search_fts_au after update on search_documents begin
    insert into search_fts(search_fts, rowid, ${columns})
    values ('delete', old.rowid, ${oldValues});
    insert into search_fts(rowid, ${columns}) values (new.rowid, ${newValues}); end`.execute(db);
  for (const [table, column] of sources) {
    for (const [event, row] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      // `where not exists`, not `insert or ignore`: an outer statement's conflict policy
      // (an upsert) would override the trigger's and fail on a second mark.
      const key = sql.raw(`${row}.${column}`);
      await sql`create trigger ${sql.raw(`search_dirty_${table}_${event}`)}
        after ${sql.raw(event)} on ${sql.table(table)} begin
        insert into search_dirty(incident_key) select ${key}
        where not exists (select 1 from search_dirty where incident_key = ${key});
        end`.execute(db);
    }
  }
  await sql`create trigger search_dirty_services_update after update on services begin
    insert into search_dirty(incident_key)
    select distinct s.incident_key from incident_services s where s.service = new.name
    and not exists (select 1 from search_dirty d where d.incident_key = s.incident_key); end`.execute(
    db,
  );
}

async function createPostgresIndex(db: MigrationDb): Promise<void> {
  await sql`alter table search_documents add column search_vector tsvector
    generated always as (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', summary), 'B') ||
      setweight(to_tsvector('english', postmortem), 'C') ||
      setweight(to_tsvector('english', timeline || ' ' || actions), 'D')
    ) stored`.execute(db);
  await sql`create index search_documents_vector on search_documents using gin (search_vector)`.execute(
    db,
  );
  await sql`create function search_mark_dirty() returns trigger language plpgsql as $$
    begin
      insert into search_dirty(incident_key)
      values (to_jsonb(case when tg_op = 'DELETE' then old else new end) ->> tg_argv[0])
      on conflict do nothing;
      return null;
    end $$`.execute(db);
  for (const [table, column] of sources) {
    await sql`create trigger ${sql.raw(`search_dirty_${table}`)}
      after insert or update or delete on ${sql.table(table)}
      for each row execute function search_mark_dirty(${sql.lit(column)})`.execute(db);
  }
  await sql`create function search_mark_service_dirty() returns trigger language plpgsql as $$
    begin
      insert into search_dirty(incident_key)
      select incident_key from incident_services where service = new.name
      on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`create trigger search_dirty_services after update on services
    for each row execute function search_mark_service_dirty()`.execute(db);
}

export async function up(db: MigrationDb, dialect: MigrationDialect): Promise<void> {
  await createTables(db);
  if (dialect.fullText === 'fts5') await createSqliteIndex(db);
  else await createPostgresIndex(db);
  // Everything that exists already is indexed on the first search.
  await sql`insert into search_dirty(incident_key) select key from incidents`.execute(db);
}
