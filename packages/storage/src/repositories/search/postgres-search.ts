import {
  searchFacetNames,
  type IncidentReadScope,
  type SearchFacetName,
  type SearchQuery,
  type SearchResult,
} from '@aftermath/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../database';
import { readableIncidentSql } from '../incident-read-scope';
import { addFacetCounts, emptyFacetCounts, facetPasses, toHit, type HitRow } from './search-hits';
import { searchWords } from './search-words';
import { tsvectorMatch } from './text-match';

/** Facets stored as columns of the document; the others live in `search_facet_values`. */
const columnFacets = { severity: 'severity', type: 'type', status: 'status' } as const;

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString();
}

/** The selected facets of a query, in the order of `searchFacetNames`. */
export function selectedFacets(query: SearchQuery): SearchFacetName[] {
  return searchFacetNames.filter((facet) => (query.facets[facet]?.length ?? 0) > 0);
}

/** Access, facet and date conditions; `lift` leaves one facet's selection out. */
function filters(
  query: SearchQuery,
  scope: IncidentReadScope,
  lift: SearchFacetName | null,
): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  const readable = readableIncidentSql(
    { key: 'd.incident_key', visibility: 'd.visibility' },
    scope,
  );
  if (readable !== null) parts.push(readable);
  for (const facet of selectedFacets(query)) {
    if (facet === lift) continue;
    const list = sql.join((query.facets[facet] ?? []).map((value) => sql`${value}`));
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

/**
 * Search on PostgreSQL: the tsvector match, filters and ranking in SQL, exact facet counts with a
 * grouped join per pass (see `facetPasses`).
 */
export async function searchPostgres(
  db: Executor,
  query: SearchQuery,
  scope: IncidentReadScope,
): Promise<SearchResult> {
  const words = searchWords(query.q);
  const match = words.length === 0 ? null : tsvectorMatch(words);
  const from = match === null ? sql`search_documents d` : match.from;
  const condition = (lift: SearchFacetName | null) => {
    const where = filters(query, scope, lift);
    return match === null ? where : sql`${match.where} and ${where}`;
  };
  const score = match === null ? sql<null>`null` : match.score;
  const order =
    match === null || query.sort === 'date'
      ? sql`d.started_at desc, d.incident_key desc`
      : sql`score desc, d.started_at desc`;
  const snippet = match === null ? sql<null>`null` : match.snippet;
  const page = await sql<HitRow>`
    select d.incident_key, d.title, d.severity, d.status, d.type, d.services, d.started_at,
      d.summary, d.postmortem, d.timeline, d.actions, ${score} as score, ${snippet} as snippet
    from ${from} where ${condition(null)} order by ${order}
    limit ${query.limit} offset ${query.offset}`.execute(db);
  const total = await sql<{ n: number | string }>`
    select count(*) as n from ${from} where ${condition(null)}`.execute(db);
  const facets = emptyFacetCounts();
  for (const pass of facetPasses(selectedFacets(query))) {
    const counts = await sql<{ facet: string; value: string; n: number | string }>`
      select f.facet, f.value, count(*) as n from ${from}
      join search_facet_values f on f.incident_key = d.incident_key
      where ${condition(pass.lift)} and f.facet in (${sql.join([...pass.facets])})
      group by f.facet, f.value`.execute(db);
    addFacetCounts(
      facets,
      counts.rows.map((row) => ({ facet: row.facet, value: row.value, count: Number(row.n) })),
      pass.facets,
    );
  }
  return {
    items: page.rows.map((row) => toHit(row, words)),
    total: Number(total.rows[0]?.n ?? 0),
    facets,
    facetsExact: true,
  };
}
