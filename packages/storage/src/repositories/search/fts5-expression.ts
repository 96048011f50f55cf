import type { IncidentReadScope, SearchFacetName, SearchQuery } from '@aftermath/domain';
import { facetToken } from './facet-tokens';
import { prefixLast } from './search-words';

// FTS5 query expressions over `search_fts`. Words are matched in the five text columns only,
// facet filters and the restricted mark in the `facets` column (see facet-tokens.ts).

/** The text columns, in index order; bm25 weights them 10, 5, 2, 1, 1 and `facets` 0. */
const textColumns = '{title summary postmortem timeline actions}';

/** Every word, the last one as a prefix while it may still be typed; quoted, so never syntax. */
function wordTerms(words: readonly string[], prefix: boolean): string {
  return words
    .map((word, index) => `"${word}"${prefix && index === words.length - 1 ? '*' : ''}`)
    .join(' ');
}

/**
 * Every word, in the given columns (`{title}`, `{title summary}`) or in any text column. A column
 * filter makes FTS5 read positions, so the text columns are named only when a word could be
 * mistaken for a facet word (`f`, hex digits, `q`); other words never occur in `facets`.
 */
export function wordsIn(
  words: readonly string[],
  columns?: string,
  prefix = prefixLast(words),
): string {
  const scope = columns ?? (words.some((word) => /^f[0-9a-f]*q?$/.test(word)) ? textColumns : '');
  const terms = wordTerms(words, prefix);
  return scope === '' ? `(${terms})` : `${scope}: (${terms})`;
}

function facetTerm(facet: SearchFacetName, values: readonly string[]): string {
  return `{facets}: (${values.map((value) => `"${facetToken(facet, value)}"`).join(' OR ')})`;
}

const restrictedTerm = `{facets}: "${facetToken('visibility', 'restricted')}"`;

/**
 * The restricted documents the reader may not see: restricted, except those touching one of the
 * scope's services or named in it (the same rule as `readableIncidentSql`). Null for everything.
 */
function hiddenTerm(scope: IncidentReadScope): string | null {
  if (scope.all) return null;
  const allowed = [
    ...scope.services.map((service) => facetToken('service', service)),
    ...scope.incidents.map((key) => facetToken('incident', key)),
  ];
  if (allowed.length === 0) return restrictedTerm;
  return `(${restrictedTerm}) NOT ({facets}: (${allowed.map((token) => `"${token}"`).join(' OR ')}))`;
}

/**
 * The expression of a word term (or none) and a query's facet filters (all but `lift`),
 * restricted documents outside the reader's scope left out; null when nothing is left to match.
 */
function filteredExpression(
  wordTerm: string | null,
  query: SearchQuery,
  scope: IncidentReadScope,
  lift: SearchFacetName | null,
): string | null {
  const terms = wordTerm === null ? [] : [wordTerm];
  for (const [facet, values] of Object.entries(query.facets) as [SearchFacetName, string[]][]) {
    if (facet !== lift && values.length > 0) terms.push(facetTerm(facet, values));
  }
  if (terms.length === 0) return null;
  const all = terms.map((term) => `(${term})`).join(' AND ');
  const hidden = hiddenTerm(scope);
  return hidden === null ? all : `(${all}) NOT (${hidden})`;
}

/**
 * The expression of a query's words and facet filters (all but `lift`), restricted documents
 * outside the reader's scope left out; null when nothing is left to match (FTS5 needs at least
 * one positive term), in which case the caller scans the documents instead.
 */
export function queryExpression(
  words: readonly string[],
  query: SearchQuery,
  scope: IncidentReadScope,
  lift: SearchFacetName | null = null,
): string | null {
  return filteredExpression(words.length > 0 ? wordsIn(words) : null, query, scope, lift);
}

/**
 * Relevance tiers of a query with words: incidents whose title holds every word, then those
 * whose title and summary do, then the rest. Each tier is ranked by bm25 on its own, so a broad
 * word (one that half of all postmortems contain) ranks only the title matches a first page
 * needs. Each tier names the words once per condition and no more: bm25 reads the whole doclist
 * of every phrase in the expression once per query (for its idf), so a word repeated without
 * need cost a full pass over its matches (15-25 ms of a 100,000-postmortem search).
 */
export function relevanceTiers(
  words: readonly string[],
  query: SearchQuery,
  scope: IncidentReadScope,
): string[] {
  const inTitle = wordsIn(words, '{title}');
  const inSummary = wordsIn(words, '{title summary}');
  const tiers = [
    inTitle,
    `(${inSummary}) NOT (${inTitle})`,
    `(${wordsIn(words)}) NOT (${inSummary})`,
  ];
  return tiers.map((tier) => {
    const filtered = filteredExpression(tier, query, scope, null);
    // Never null with a word term; the bare tier would lack the reader's restriction, so a
    // change that made it null must fail here rather than show restricted documents.
    if (filtered === null) throw new Error('a relevance tier lost its word term');
    return filtered;
  });
}
