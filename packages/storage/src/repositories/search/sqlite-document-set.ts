import type { IncidentReadScope, SearchFacetName, SearchQuery } from '@aftermath/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../database';
import { readableIncidentSql } from '../incident-read-scope';
import { queryExpression } from './fts5-expression';

/**
 * The documents a SQLite search pass works on: an FTS5 match (words, facet filters and the
 * restricted rule in one expression, dates as a rowid condition), or, when nothing is left to
 * match, a scan of `search_documents d` with plain conditions.
 */
export type DocumentSet =
  | { kind: 'match'; expression: string; dates: RawBuilder<unknown> | null }
  | { kind: 'scan'; where: RawBuilder<unknown> };

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString();
}

/** The date bounds of a query on `started_at`, or null when it has none. */
function dateCondition(query: SearchQuery): RawBuilder<unknown> | null {
  const parts: RawBuilder<unknown>[] = [];
  if (query.from !== undefined) parts.push(sql`started_at >= ${`${query.from}T00:00:00.000Z`}`);
  if (query.to !== undefined) parts.push(sql`started_at < ${nextDay(query.to)}`);
  return parts.length === 0 ? null : sql.join(parts, sql` and `);
}

/** The set of a query with one facet's selection lifted (or none). */
export function documentSet(
  query: SearchQuery,
  words: readonly string[],
  scope: IncidentReadScope,
  lift: SearchFacetName | null = null,
): DocumentSet {
  const expression = queryExpression(words, query, scope, lift);
  const dates = dateCondition(query);
  if (expression !== null) return { kind: 'match', expression, dates };
  const parts: RawBuilder<unknown>[] = [dates ?? sql`1 = 1`];
  const readable = readableIncidentSql(
    { key: 'd.incident_key', visibility: 'd.visibility' },
    scope,
  );
  if (readable !== null) parts.push(readable);
  return { kind: 'scan', where: sql.join(parts, sql` and `) };
}

/** The same set matched with another expression (a relevance tier of it). */
export function withExpression(set: DocumentSet, expression: string): DocumentSet {
  return set.kind === 'match' ? { ...set, expression } : set;
}

/** FROM and WHERE selecting the set; the rowid is `search_fts.rowid` or `d.rowid`. */
export function setSource(set: DocumentSet): {
  from: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
} {
  if (set.kind === 'scan') return { from: sql`search_documents d`, where: set.where };
  const inDates =
    set.dates === null
      ? sql`1 = 1`
      : sql`search_fts.rowid in (select rowid from search_documents where ${set.dates})`;
  return { from: sql`search_fts`, where: sql`search_fts match ${set.expression} and ${inDates}` };
}

/** The rowid column of the set's source. */
export function setRowid(set: DocumentSet): RawBuilder<number> {
  return set.kind === 'match' ? sql<number>`search_fts.rowid` : sql<number>`d.rowid`;
}

/** How many documents the set holds. */
export async function countSet(db: Executor, set: DocumentSet): Promise<number> {
  const { from, where } = setSource(set);
  const result = await sql<{ n: number }>`select count(*) as n from ${from} where ${where}`.execute(
    db,
  );
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * The rowids of the set, or null for a scan: one pass over an FTS5 match gives both the total
 * and the rowids facet counting samples from, aggregated into one JSON array (returning a row
 * per match costs ten times more).
 */
export async function matchRowids(db: Executor, set: DocumentSet): Promise<number[] | null> {
  if (set.kind === 'scan') return null;
  const { from, where } = setSource(set);
  const result = await sql<{ ids: string }>`select json_group_array(search_fts.rowid) as ids
    from ${from} where ${where}`.execute(db);
  return JSON.parse(result.rows[0]?.ids ?? '[]') as number[];
}
