import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** How many distinct statements stay prepared; the least recently used beyond it is dropped. */
const defaultCapacity = 1000;

/**
 * The database as Kysely's SQLite driver sees it, with its compiled statements kept for reuse.
 * Kysely prepares every query anew, and on a hot read path (an incident read is four small
 * queries) preparing costs as much CPU as running. SQLite re-prepares a kept statement by itself
 * when the schema changes. A statement still iterating (a stream not yet finished) is busy and
 * cannot run again: that query gets a fresh statement.
 */
export function cacheStatements(
  database: SqliteDatabase.Database,
  capacity = defaultCapacity,
): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql) {
      const kept = statements.get(sql);
      if (kept !== undefined && !kept.busy) {
        // Re-inserting moves it to the end of the map's order: the oldest entry is the least used.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      if (kept === undefined) {
        statements.set(sql, statement);
        if (statements.size > capacity) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}
