import { sql } from 'kysely';
import type { Executor } from '../../database';
import { parseFacetToken } from './facet-tokens';
import { setRowid, setSource, type DocumentSet } from './sqlite-document-set';

/**
 * Facet values are counted exactly over at most this many matching incidents; beyond it over an
 * even pseudo-random sample of about this many, scaled to the total (`facetsExact: false`).
 */
export const exactFacetLimit = 2000;

/** A prime modulus for the sample hash: rowid × a large odd number, mod p, spreads rowids evenly. */
const hashModulus = 1_048_573;

/**
 * Counts the facet values of the documents in `set` (which holds `total` of them) from their
 * `facets` column. Returns the counts and whether they are exact.
 */
export async function countFacets(
  db: Executor,
  set: DocumentSet,
  total: number,
): Promise<{ counts: { facet: string; value: string; count: number }[]; exact: boolean }> {
  if (total === 0) return { counts: [], exact: true };
  const { from, where } = setSource(set);
  const rowid = setRowid(set);
  const exact = total <= exactFacetLimit;
  // Systematic sampling (every n-th rowid) would follow any period in the data; a hash does not.
  const below = Math.ceil((hashModulus * exactFacetLimit) / total);
  const sample = exact ? sql`1 = 1` : sql`(${rowid} * 2654435761) % ${hashModulus} < ${below}`;
  const join =
    set.kind === 'match' ? sql`join search_documents d on d.rowid = search_fts.rowid` : sql``;
  const rows = await sql<{ facets: string }>`select d.facets from ${from} ${join}
    where ${where} and ${sample}`.execute(db);
  const tally = new Map<string, number>();
  for (const row of rows.rows) {
    for (const token of row.facets.split(' ')) tally.set(token, (tally.get(token) ?? 0) + 1);
  }
  const scale = exact || rows.rows.length === 0 ? 1 : total / rows.rows.length;
  const counts = [...tally].flatMap(([token, count]) => {
    const parsed = parseFacetToken(token);
    if (parsed === null) return [];
    return [{ ...parsed, count: Math.max(1, Math.min(total, Math.round(count * scale))) }];
  });
  return { counts, exact };
}
