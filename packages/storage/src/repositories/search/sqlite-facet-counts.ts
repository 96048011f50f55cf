import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../database';
import { facetTokenPrefix, parseFacetToken } from './facet-tokens';
import { setRowid, setSource, type DocumentSet } from './sqlite-document-set';

/**
 * Facet values are counted exactly over at most this many matching incidents; beyond it over a
 * sample of about this many, scaled to the total (`facetsExact: false`).
 */
export const exactFacetLimit = 1000;

/** The sample is this many evenly spaced rowid windows. */
const windowCount = 20;

/** Rowid windows `((rowid + plus) % every) < take`. */
interface Windows {
  plus: number;
  every: number;
  take: number;
}

/**
 * Windows picking about `exactFacetLimit` of `total` documents spread over the rowid range:
 * contiguous windows, so no period in the data (every fourth incident a SEV1) can bias them. One
 * modulo test per match, not a range per window: FTS5 rebuilds a prefix word's merged doclist on
 * every range it is asked to seek to (twenty windows cost five times one pass over all matches).
 */
async function sampleWindows(db: Executor, total: number): Promise<Windows> {
  // Two subqueries: SQLite reads min and max off the b-tree's ends only one at a time.
  const bounds = await sql<{ lo: number | null; hi: number | null }>`
    select (select min(rowid) from search_documents) as lo,
      (select max(rowid) from search_documents) as hi`.execute(db);
  const lo = bounds.rows[0]?.lo ?? 0;
  const span = (bounds.rows[0]?.hi ?? 0) - lo + 1;
  const stride = Math.max(1, Math.floor(span / windowCount));
  const width = Math.min(
    stride,
    Math.max(1, Math.ceil((span * exactFacetLimit) / total / windowCount)),
  );
  // Windows start halfway through each stride's slack; one more stride keeps the left operand of
  // SQLite's `%` (which keeps the sign) from going negative.
  return { plus: stride - lo - Math.floor((stride - width) / 2), every: stride, take: width };
}

/** The windows as an SQL condition on `rowid`. */
function windowCondition(rowid: RawBuilder<number>, windows: Windows): RawBuilder<unknown> {
  // Literal integers: a bound JavaScript number arrives as a REAL.
  const [plus, every, take] = [windows.plus, windows.every, windows.take].map((n) => sql.lit(n));
  return sql`((${rowid} + ${plus}) % ${every}) < ${take}`;
}

/** The facets columns of the documents `ids`, looked up by rowid (no second pass over a match). */
async function readFacetsOf(db: Executor, ids: readonly number[]): Promise<{ facets: string }[]> {
  const found = await sql<{ facets: string }>`select d.facets
    from json_each(${JSON.stringify(ids)}) j join search_documents d on d.rowid = j.value`.execute(
    db,
  );
  return found.rows;
}

/** Pseudo-facet words, never counted: one distinct `incident` word per document. */
const uncounted = [facetTokenPrefix('incident'), facetTokenPrefix('visibility')];

/** How many documents carry each facet word (pseudo-facets left out). */
function tallyTokens(rows: readonly { facets: string }[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const row of rows) {
    for (const token of row.facets.split(' ')) {
      if (uncounted.some((prefix) => token.startsWith(prefix))) continue;
      tally.set(token, (tally.get(token) ?? 0) + 1);
    }
  }
  return tally;
}

/**
 * Counts the facet values of the documents in `set` (which holds `total` of them) from their
 * `facets` column; `ids`, when the caller has the set's rowids already, spares a second pass
 * over the match. Returns the counts and whether they are exact.
 */
export async function countFacets(
  db: Executor,
  set: DocumentSet,
  total: number,
  ids: readonly number[] | null = null,
): Promise<{ counts: { facet: string; value: string; count: number }[]; exact: boolean }> {
  if (total === 0) return { counts: [], exact: true };
  const { from, where } = setSource(set);
  const rowid = setRowid(set);
  const read = async (windows: Windows | null) => {
    if (ids !== null) {
      const picked =
        windows === null
          ? ids
          : ids.filter((id) => (id + windows.plus) % windows.every < windows.take);
      return readFacetsOf(db, picked);
    }
    const sample = windows === null ? sql`1 = 1` : windowCondition(rowid, windows);
    const found = await sql<{ facets: string }>`select d.facets from
      (select ${rowid} as id from ${from} where ${where} and ${sample}) s
      join search_documents d on d.rowid = s.id`.execute(db);
    return found.rows;
  };
  let exact = total <= exactFacetLimit;
  let rows = exact ? [] : await read(await sampleWindows(db, total));
  // Matches bunched between the windows leave the sample too thin to scale: count them all.
  if (rows.length < exactFacetLimit / 10) {
    exact = true;
    rows = await read(null);
  }
  const tally = tallyTokens(rows);
  const scale = exact ? 1 : total / rows.length;
  const counts = [...tally].flatMap(([token, count]) => {
    const parsed = parseFacetToken(token);
    if (parsed === null) return [];
    return [{ ...parsed, count: Math.max(1, Math.min(total, Math.round(count * scale))) }];
  });
  return { counts, exact };
}
