import { sql } from 'kysely';
import type { MigrationDb, MigrationDialect } from './migration-db';

// SQLite search documents carry their incident's key as a word of the `facets` column, so the
// restricted rule inside the FTS5 match can let in the restricted incidents that name a reader
// (not only admins). The documents are derived data: every incident is marked dirty and indexed
// again by the next refresh. PostgreSQL compares keys in SQL and needs nothing.

export async function up(db: MigrationDb, dialect: MigrationDialect): Promise<void> {
  if (dialect.fullText !== 'fts5') return;
  await sql`delete from search_dirty`.execute(db);
  await sql`insert into search_dirty(incident_key) select key from incidents`.execute(db);
}
