import { searchFacetNames, type SearchFacetName } from '@aftermath/domain';

/** A search as it lives in the URL (`/search?q=failover&severity=SEV1,SEV2&page=2`). */
export interface SearchState {
  q: string;
  facets: Partial<Record<SearchFacetName, string[]>>;
  from: string;
  to: string;
  sort: 'relevance' | 'date';
  page: number;
}

export const searchPageSize = 20;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a search from the query string; values that cannot be valid are dropped. */
export function readSearchState(search: URLSearchParams): SearchState {
  const facets: SearchState['facets'] = {};
  for (const name of searchFacetNames) {
    const values = (search.get(name) ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter((value) => value !== '');
    if (values.length > 0) facets[name] = values;
  }
  const day = (name: string) => (DAY.test(search.get(name) ?? '') ? (search.get(name) ?? '') : '');
  const page = Number(search.get('page'));
  return {
    q: search.get('q')?.trim() ?? '',
    facets,
    from: day('from'),
    to: day('to'),
    sort: search.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The search as a query string, leaving out what is empty or the default. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const search = new URLSearchParams();
  if (state.q !== '') search.set('q', state.q);
  for (const name of searchFacetNames) {
    const values = state.facets[name] ?? [];
    if (values.length > 0) search.set(name, values.join(','));
  }
  if (state.from !== '') search.set('from', state.from);
  if (state.to !== '') search.set('to', state.to);
  if (state.sort === 'date') search.set('sort', 'date');
  if (state.page > 1) search.set('page', String(state.page));
  return search;
}

/** The path of the search page for this state. */
export function searchPath(state: SearchState): string {
  const search = writeSearchState(state).toString();
  return search === '' ? '/search' : `/search?${search}`;
}

/** Adds or removes one facet value, back to the first page. */
export function toggleFacet(state: SearchState, name: SearchFacetName, value: string): SearchState {
  const current = state.facets[name] ?? [];
  const next = current.includes(value)
    ? current.filter((item) => item !== value)
    : [...current, value];
  return { ...state, facets: { ...state.facets, [name]: next }, page: 1 };
}

/** The query of `GET /api/v1/search` for this state. */
export function toSearchParams(state: SearchState): Record<string, string | number> {
  const query: Record<string, string | number> = Object.fromEntries(writeSearchState(state));
  delete query.page;
  query.limit = searchPageSize;
  query.offset = (state.page - 1) * searchPageSize;
  return query;
}
