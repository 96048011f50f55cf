import type { Kysely } from 'kysely';

/**
 * What a migration receives. Deliberately untyped: a migration describes the schema as it was on
 * the day it was written, not as today's row types say.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type MigrationDb = Kysely<any>;

/**
 * What a migration may ask about the database it changes, as named capabilities (never the
 * driver's name). `fullText`: the word index the dialect offers; `patternMatch`: GLOB or `~`.
 */
export interface MigrationDialect {
  readonly fullText: 'fts5' | 'tsvector';
  /** How text is matched against a pattern (`DialectCapabilities.patternMatch`). */
  readonly patternMatch: 'glob' | 'posix-regex';
}
