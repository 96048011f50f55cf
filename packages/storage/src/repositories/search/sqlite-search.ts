import type { IncidentReadScope, SearchQuery, SearchResult } from '@aftermath/domain';
import { sql } from 'kysely';
import type { Executor } from '../../database';
import { relevanceTiers, wordsIn } from './fts5-expression';
import { selectedFacets } from './postgres-search';
import { addFacetCounts, emptyFacetCounts, facetPasses, toHit, type HitRow } from './search-hits';
import { countFacets } from './sqlite-facet-counts';
import {
  countSet,
  documentSet,
  matchRowids,
  setSource,
  withExpression,
  type DocumentSet,
} from './sqlite-document-set';
import { matchEnd, matchStart, prefixLast, searchWords } from './search-words';

/** bm25 column weights: title, summary, postmortem, timeline, actions, facets. */
const bm25 = sql<number>`bm25(search_fts, 10.0, 5.0, 2.0, 1.0, 1.0, 0.0)`;

/** Keeps the relevance tiers apart in `score`, so scores fall in the order hits are listed. */
const tierBonus = 100_000;

type PageId = { id: number; score: number | null };

/**
 * Beyond this many matches a page by date walks the date index until the page is full, testing
 * each incident against the matches; below it the matches are looked up and sorted (SQLite picks
 * that plan on its own, and at 25,000 matches it takes 150 ms against 8).
 */
const walkDatesFrom = 2000;

/** A page by date: newest impact start first. */
async function pageByDate(
  db: Executor,
  set: DocumentSet,
  query: SearchQuery,
  total: number,
): Promise<PageId[]> {
  const { from, where } = setSource(set);
  const inSet =
    set.kind === 'scan'
      ? where
      : sql`d.rowid in (select search_fts.rowid from ${from} where ${where})`;
  const walk = set.kind === 'match' && total > walkDatesFrom;
  const documents = walk
    ? sql`search_documents d indexed by search_documents_started`
    : sql`search_documents d`;
  const rows = await sql<{ id: number }>`select d.rowid as id from ${documents}
    where ${inSet} order by d.started_at desc, d.incident_key desc
    limit ${query.limit} offset ${query.offset}`.execute(db);
  return rows.rows.map((row) => ({ id: row.id, score: null }));
}

/**
 * A page by relevance: tier by tier (see `relevanceTiers`), ranking with bm25 only the tiers the
 * page reaches.
 */
async function pageByRelevance(
  db: Executor,
  set: DocumentSet & { kind: 'match' },
  query: SearchQuery,
  words: readonly string[],
  scope: IncidentReadScope,
): Promise<PageId[]> {
  const tiers = relevanceTiers(words, query, scope);
  const ids: PageId[] = [];
  let skip = query.offset;
  for (const [index, tier] of tiers.entries()) {
    const need = query.limit - ids.length;
    if (need === 0) break;
    const tierSet = withExpression(set, tier);
    const { where } = setSource(tierSet);
    const rows = await sql<{ id: number; rank: number }>`
      select search_fts.rowid as id, ${bm25} as rank from search_fts where ${where}
      order by rank limit ${need} offset ${skip}`.execute(db);
    const bonus = (tiers.length - 1 - index) * tierBonus;
    ids.push(...rows.rows.map((row) => ({ id: row.id, score: bonus - row.rank })));
    // A tier that ran out: the next one starts where this one's skip was left over. Only a page
    // that starts past a whole tier needs the tier's size.
    if (rows.rows.length > 0 || skip === 0) skip = 0;
    else if (index < tiers.length - 1) skip = Math.max(0, skip - (await countSet(db, tierSet)));
  }
  return ids;
}

const hitColumns = sql`d.rowid as id, d.incident_key, d.title, d.severity, d.status, d.type,
  d.services, d.started_at, d.summary, d.postmortem, d.timeline, d.actions, null as score`;

/** The hits `rowids` that `expression` matches, with a snippet of it. */
async function readSnippets(
  db: Executor,
  rowids: readonly number[],
  expression: string,
): Promise<(HitRow & { id: number })[]> {
  // Literal integers: a bound JavaScript number arrives as a REAL, and FTS5 then scans every
  // match instead of seeking to the rowids.
  const ids = sql.join(rowids.map((id) => sql.lit(id)));
  // FTS5 runs the match once per value of a rowid `in` list and rebuilds a prefix word's merged
  // doclist each time (50 ms for twenty hits of `database*`): the match runs once over the
  // page's rowid range instead, and the list (behind `+`, out of FTS5's reach) picks the hits.
  const range = sql`search_fts.rowid between ${sql.lit(Math.min(...rowids))}
    and ${sql.lit(Math.max(...rowids))} and +search_fts.rowid in (${ids})`;
  const rows = await sql<HitRow & { id: number }>`select ${hitColumns},
      snippet(search_fts, -1, ${matchStart}, ${matchEnd}, '…', 24) as snippet
      from search_fts join search_documents d on d.rowid = search_fts.rowid
      where search_fts match ${expression} and ${range}`.execute(db);
  return rows.rows;
}

/**
 * The stored documents of a page, with snippets of the words when there are any. Snippets try
 * the words as typed first: a word's own doclist is read in half the time of its prefix's merged
 * one (7 -> 4 ms for `network` over 100,000 postmortems); only hits without the whole word (the
 * last one still being typed) are read again with the prefix.
 */
async function readHits(
  db: Executor,
  page: readonly PageId[],
  words: readonly string[],
): Promise<Map<number, HitRow>> {
  if (page.length === 0) return new Map();
  const rowids = page.map((hit) => Math.trunc(hit.id));
  if (words.length === 0) {
    const ids = sql.join(rowids.map((id) => sql.lit(id)));
    const rows = await sql<HitRow & { id: number }>`select ${hitColumns}, null as snippet
      from search_documents d where d.rowid in (${ids})`.execute(db);
    return new Map(rows.rows.map((row) => [row.id, row]));
  }
  const prefix = prefixLast(words);
  const rows = await readSnippets(db, rowids, wordsIn(words, undefined, false));
  const found = new Set(rows.map((row) => row.id));
  const missing = rowids.filter((id) => !found.has(id));
  if (prefix && missing.length > 0) rows.push(...(await readSnippets(db, missing, wordsIn(words))));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Search on SQLite with FTS5: one match expression carries words, facet filters and the
 * restricted rule; the total is an FTS5 count; relevance ranks tier by tier; facet counts read
 * the documents' `facets` column, exactly up to `exactFacetLimit` matches and from a sample
 * beyond, one pass per selected facet (disjunctive, see `facetPasses`).
 */
export async function searchSqlite(
  db: Executor,
  query: SearchQuery,
  scope: IncidentReadScope,
): Promise<SearchResult> {
  const words = searchWords(query.q);
  const set = documentSet(query, words, scope);
  const ids = await matchRowids(db, set);
  const total = ids?.length ?? (await countSet(db, set));
  const page =
    set.kind === 'match' && words.length > 0 && query.sort === 'relevance'
      ? await pageByRelevance(db, set, query, words, scope)
      : await pageByDate(db, set, query, total);
  const rows = await readHits(db, page, words);
  const items = page.flatMap(({ id, score }) => {
    const row = rows.get(id);
    return row === undefined ? [] : [toHit({ ...row, score }, words)];
  });
  const facets = emptyFacetCounts();
  let facetsExact = true;
  for (const pass of facetPasses(selectedFacets(query))) {
    const passSet = pass.lift === null ? set : documentSet(query, words, scope, pass.lift);
    const passIds = pass.lift === null ? ids : await matchRowids(db, passSet);
    const passTotal = passIds?.length ?? (await countSet(db, passSet));
    const counted = await countFacets(db, passSet, passTotal, passIds);
    facetsExact &&= counted.exact;
    addFacetCounts(facets, counted.counts, pass.facets);
  }
  return { items, total, facets, facetsExact };
}
