import {
  searchFacetNames,
  type FacetCount,
  type SearchFacetName,
  type SearchHit,
} from '@aftermath/domain';
import { snippetParts } from './search-words';

/** Facet values reported per facet in an answer, most frequent first. */
const facetValueLimit = 20;

/** A matching document as both dialects read it, with its texts for `matchedIn`. */
export interface HitRow {
  incident_key: string;
  title: string;
  severity: SearchHit['severity'];
  status: SearchHit['status'];
  type: SearchHit['type'];
  services: string;
  started_at: string;
  summary: string;
  postmortem: string;
  timeline: string;
  actions: string;
  score: number | string | null;
  snippet: string | null;
}

/** Word-start patterns by word stem, kept: compiling a Unicode class costs more than testing. */
const wordStarts = new Map<string, RegExp>();

function wordStart(word: string): RegExp {
  const stem = word.slice(0, 5);
  let pattern = wordStarts.get(stem);
  if (pattern === undefined) {
    if (wordStarts.size >= 1000) wordStarts.clear();
    pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${stem}`, 'u');
    wordStarts.set(stem, pattern);
  }
  return pattern;
}

/** Where a hit matched, judged from its stored text (word starts, case folded). */
function matchedIn(row: HitRow, words: readonly string[]): SearchHit['matchedIn'] {
  const fields = ['title', 'summary', 'postmortem', 'timeline', 'actions'] as const;
  const patterns = words.map(wordStart);
  return fields.filter((field) => {
    const text = row[field].toLowerCase();
    return patterns.some((pattern) => pattern.test(text));
  });
}

/** At most `length` characters, cut at a word with an ellipsis when longer. */
function shortened(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** The hit of one row; without a snippet the start of the summary stands in. */
export function toHit(row: HitRow, words: readonly string[]): SearchHit {
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

/** Every facet with no values yet. */
export function emptyFacetCounts(): Record<SearchFacetName, FacetCount[]> {
  return Object.fromEntries(
    searchFacetNames.map((name): [SearchFacetName, FacetCount[]] => [name, []]),
  ) as Record<SearchFacetName, FacetCount[]>;
}

/**
 * Puts counted values into `result` for the facets in `only`: most frequent first, then by
 * value, at most `facetValueLimit` per facet.
 */
export function addFacetCounts(
  result: Record<SearchFacetName, FacetCount[]>,
  counts: Iterable<{ facet: string; value: string; count: number }>,
  only: ReadonlySet<string>,
): void {
  const sorted = [...counts]
    .filter((row) => only.has(row.facet))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  for (const row of sorted) {
    const list = result[row.facet as SearchFacetName];
    if (list.length < facetValueLimit) list.push({ value: row.value, count: row.count });
  }
}

/**
 * Facet counts are disjunctive: a facet with selected values is counted as if only its own
 * selection were lifted, so the other values of that facet still show how many they would add.
 * Returns the passes to run: the facets each pass counts and the facet whose filter it lifts.
 */
export function facetPasses(
  selected: readonly SearchFacetName[],
): { lift: SearchFacetName | null; facets: Set<string> }[] {
  const unselected = searchFacetNames.filter((name) => !selected.includes(name));
  return [
    { lift: null, facets: new Set<string>(unselected) },
    ...selected.map((name) => ({ lift: name, facets: new Set<string>([name]) })),
  ];
}
