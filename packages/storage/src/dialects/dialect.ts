import type { Kysely } from 'kysely';
import type { Database } from '../database';

/**
 * What repositories may ask about the database they run on. Each dialect answers these questions
 * once; repositories never branch on a dialect's name.
 */
export interface DialectCapabilities {
  /** A short name for logs and health output (`Store.backend`). */
  readonly backend: 'sqlite' | 'postgres';
  /** The word index for full-text search: SQLite's FTS5 or PostgreSQL's tsvector. */
  readonly fullText: 'fts5' | 'tsvector';
  /**
   * How a worker takes a job without another taking it too: `select … for update skip locked`
   * in a transaction (many writers), or one atomic `update … returning` (SQLite's one writer).
   */
  readonly jobClaim: 'skip-locked' | 'single-writer';
  /** Where the table catalog is read (backups): SQLite's pragmas or the information schema. */
  readonly catalog: 'sqlite-pragmas' | 'information-schema';
  /** How a backup reads one consistent state: a `vacuum into` copy, or a repeatable-read transaction. */
  readonly snapshot: 'vacuum-into' | 'repeatable-read';
  /** How text is matched against a pattern: SQLite's GLOB, or PostgreSQL's `~` regular expressions. */
  readonly patternMatch: 'glob' | 'posix-regex';
  /** The aggregate that collects ordered values into a JSON array: SQLite's or PostgreSQL's. */
  readonly jsonArrayAggregate: 'json_group_array' | 'json_agg';
  /** True when `error` says a row referenced by a foreign key does not exist. */
  isForeignKeyViolation(error: unknown): boolean;
}

/** An open database: the query builder, what its dialect can do, and where migrations live. */
export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly capabilities: DialectCapabilities;
  /** The schema that holds the migration tables, when it is not the connection's default. */
  readonly migrationSchema?: string;
}

/** Reads the SQLSTATE or driver code that both pg, PGlite and better-sqlite3 put on errors. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The capabilities shared by every PostgreSQL-protocol backend (pg Pool and PGlite). */
export const postgresCapabilities: DialectCapabilities = {
  backend: 'postgres',
  fullText: 'tsvector',
  jobClaim: 'skip-locked',
  catalog: 'information-schema',
  snapshot: 'repeatable-read',
  patternMatch: 'posix-regex',
  jsonArrayAggregate: 'json_agg',
  isForeignKeyViolation: (error) => errorCode(error) === '23503',
};
