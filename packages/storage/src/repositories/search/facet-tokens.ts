import type { SearchFacetName } from '@aftermath/domain';

// On SQLite every facet value of a document is also a word of the FTS5 column `facets`, so a
// facet filter is one more term of the match. A value becomes `f` + the hex of its UTF-8
// `facet=value` + `q`: letters and digits only (one token for the unicode61 tokenizer) and
// ending in `q`, which no Porter stemming rule touches, so a word never stems into another value.

/**
 * A facet name or a pseudo-facet: `visibility` marks restricted documents, `incident` carries the
 * document's own key, so the restricted rule can let in the incidents that name a reader.
 */
export type TokenFacet = SearchFacetName | 'visibility' | 'incident';

/** The FTS5 word standing for `facet=value`. */
export function facetToken(facet: TokenFacet, value: string): string {
  return `f${Buffer.from(`${facet}=${value}`, 'utf8').toString('hex')}q`;
}

/** The facet and value a word of the `facets` column stands for; null for any other word. */
export function parseFacetToken(token: string): { facet: string; value: string } | null {
  if (!/^f(?:[0-9a-f]{2})+q$/.test(token)) return null;
  const text = Buffer.from(token.slice(1, -1), 'hex').toString('utf8');
  const split = text.indexOf('=');
  return split < 0 ? null : { facet: text.slice(0, split), value: text.slice(split + 1) };
}

/** The `facets` column text of a document: its facet words separated by spaces. */
export function facetColumn(values: readonly { facet: TokenFacet; value: string }[]): string {
  return values.map(({ facet, value }) => facetToken(facet, value)).join(' ');
}

/**
 * The start shared by every word of a pseudo-facet (`visibility=`, `incident=`): counting skips
 * them by this prefix instead of decoding one distinct key word per document.
 */
export function facetTokenPrefix(facet: TokenFacet): string {
  return `f${Buffer.from(`${facet}=`, 'utf8').toString('hex')}`;
}
