import type { SearchRepository } from '@aftermath/core';
import {
  searchFacetNames,
  type FacetCount,
  type SearchFacetName,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '@aftermath/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Scope } from '../../scope';
import { refreshSearch } from './refresh-search';
import { searchWords, snippetParts } from './search-words';
import { fts5Match, tsvectorMatch, type TextMatch } from './text-match';

/** Facet values counted per facet in an answer. */
const facetValueLimit = 20;

/** Facets stored as columns of the document; the others live in `search_facet_values`. */
const columnFacets = { severity: 'severity', type: 'type', status: 'status' } as const;

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString();
}

/** The conditions every part of one search shares: access, facets and dates. */
function filters(query: SearchQuery, includeRestricted: boolean): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (!includeRestricted) parts.push(sql`d.visibility = 'normal'`);
  for (const facet of searchFacetNames) {
    const values = query.facets[facet];
    if (values === undefined || values.length === 0) continue;
    const list = sql.join(values.map((value) => sql`${value}`));
    if (facet in columnFacets) {
      parts.push(
        sql`${sql.ref(`d.${columnFacets[facet as keyof typeof columnFacets]}`)} in (${list})`,
      );
    } else {
      parts.push(sql`exists (select 1 from search_facet_values f
        where f.incident_key = d.incident_key and f.facet = ${facet} and f.value in (${list}))`);
    }
  }
  if (query.from !== undefined) parts.push(sql`d.started_at >= ${`${query.from}T00:00:00.000Z`}`);
  if (query.to !== undefined) parts.push(sql`d.started_at < ${nextDay(query.to)}`);
  return sql.join(parts, sql` and `);
}

interface HitRow {
  incident_key: string;
  title: string;
  severity: SearchHit['severity'];
  status: SearchHit['status'];
  type: SearchHit['type'];
  services: string;
  started_at: string;
  summary: string;
  score: number | null;
  snippet: string | null;
}

/** Where a hit matched, judged from its stored text (word starts, case folded). */
function matchedIn(row: Record<string, string>, words: readonly string[]): SearchHit['matchedIn'] {
  const fields = ['title', 'summary', 'postmortem', 'timeline', 'actions'] as const;
  return fields.filter((field) => {
    const text = (row[field] ?? '').toLowerCase();
    return words.some((word) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${word.slice(0, 5)}`, 'u').test(text),
    );
  });
}

/** Full-text search with the dialect's word index; see {@link SearchRepository}. */
export function createSearchRepository(scope: Scope): SearchRepository {
  const textMatch = (words: readonly string[]): TextMatch | null => {
    if (words.length === 0) return null;
    return scope.capabilities.fullText === 'fts5' ? fts5Match(words) : tsvectorMatch(words);
  };
  return {
    refresh: () => refreshSearch(scope),
    async search(query, access) {
      const db = scope.executor();
      const words = searchWords(query.q);
      const match = textMatch(words);
      const where = filters(query, access.includeRestricted);
      const from = match === null ? sql`search_documents d` : match.from;
      const condition = match === null ? where : sql`${match.where} and ${where}`;
      const score = match === null ? sql<null>`null` : match.score;
      const order =
        match === null || query.sort === 'date'
          ? sql`d.started_at desc, d.incident_key desc`
          : sql`score desc, d.started_at desc`;
      const snippet = match === null ? sql<null>`null` : match.snippet;
      const page = await sql<HitRow & Record<string, string>>`
        select d.incident_key, d.title, d.severity, d.status, d.type, d.services, d.started_at,
          d.summary, d.postmortem, d.timeline, d.actions, ${score} as score, ${snippet} as snippet
        from ${from} where ${condition} order by ${order}
        limit ${query.limit} offset ${query.offset}`.execute(db);
      const total = await sql<{ n: number | string }>`
        select count(*) as n from ${from} where ${condition}`.execute(db);
      const counts = await sql<{ facet: string; value: string; n: number | string }>`
        select f.facet, f.value, count(*) as n from ${from}
        join search_facet_values f on f.incident_key = d.incident_key
        where ${condition} group by f.facet, f.value order by n desc, f.value`.execute(db);
      return {
        items: page.rows.map((row) => toHit(row, words)),
        total: Number(total.rows[0]?.n ?? 0),
        facets: facetCounts(counts.rows),
      } satisfies SearchResult;
    },
  };
}

/** At most `length` characters, cut at a word with an ellipsis when longer. */
function shortened(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

function toHit(row: HitRow & Record<string, string>, words: readonly string[]): SearchHit {
  const snippet =
    row.snippet !== null && row.snippet !== ''
      ? snippetParts(row.snippet)
      : [{ text: shortened(row.summary.replace(/\s+/g, ' '), 240), match: false }];
  return {
    key: row.incident_key,
    title: row.title,
    severity: row.severity,
    status: row.status,
    type: row.type,
    services: JSON.parse(row.services) as string[],
    startedAt: row.started_at,
    score: row.score === null ? null : Number(row.score),
    matchedIn: words.length === 0 ? [] : matchedIn(row, words),
    snippet: snippet.filter((part) => part.text !== ''),
  };
}

function facetCounts(
  rows: readonly { facet: string; value: string; n: number | string }[],
): Record<SearchFacetName, FacetCount[]> {
  const result = Object.fromEntries(
    searchFacetNames.map((name): [SearchFacetName, FacetCount[]] => [name, []]),
  ) as Record<SearchFacetName, FacetCount[]>;
  for (const row of rows) {
    const list = result[row.facet as SearchFacetName] as FacetCount[] | undefined;
    if (list !== undefined && list.length < facetValueLimit) {
      list.push({ value: row.value, count: Number(row.n) });
    }
  }
  return result;
}
