import type { SearchFacetName, SearchResult } from '@aftermath/domain';
import { useCallback, useRef } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { navigate } from '../../router/router';
import { usePageTitle } from '../../shell/use-page-title';
import { Pagination } from '../../ui/pagination';
import { LoadFailed, Loading } from '../../ui/states';
import { SearchBox } from './search-box';
import { SearchFacets } from './search-facets';
import { SearchHits } from './search-hits';
import {
  readSearchState,
  searchPageSize,
  searchPath,
  toggleFacet,
  toSearchParams,
  writeSearchState,
  type SearchState,
} from './search-query';
import './search.css';

/** `/search`: full-text search with facets, every choice in the URL so a search deep-links. */
export default function SearchPage({ search }: { search: URLSearchParams }) {
  const state = readSearchState(search);
  usePageTitle(state.q === '' ? 'Search' : `Search: ${state.q}`);
  const key = writeSearchState(state).toString();
  const { resource, retry } = useResource(key, async () => {
    const { data } = await api.call('search', { query: toSearchParams(state) });
    return data;
  });
  // While the next answer loads, the last one stays on screen (marked busy), so typing does not
  // make the results and facets flash away on every pause.
  const last = useRef<SearchResult | null>(null);
  if (resource.state === 'ready') last.current = resource.value;
  const shown = resource.state === 'ready' ? resource.value : last.current;
  const apply = useCallback(
    (next: SearchState) => navigate(searchPath(next), { replace: true }),
    [],
  );
  const onSearch = useCallback(
    (q: string) =>
      apply({ ...readSearchState(new URLSearchParams(window.location.search)), q, page: 1 }),
    [apply],
  );
  const onToggle = (name: SearchFacetName, value: string) => apply(toggleFacet(state, name, value));
  return (
    <section className="page search-page">
      <div className="page-header">
        <h1>Search</h1>
      </div>
      <SearchBox q={state.q} onSearch={onSearch} />
      <div className="search-layout">
        <SearchFacets
          state={state}
          counts={shown?.facets ?? {}}
          exact={shown?.facetsExact ?? true}
          onToggle={onToggle}
          onChange={apply}
        />
        <div className="search-results" aria-busy={resource.state === 'loading'}>
          {resource.state === 'loading' && shown === null && <Loading what="results" />}
          {resource.state === 'failed' && (
            <LoadFailed what="results" error={resource.error} onRetry={retry} />
          )}
          {resource.state !== 'failed' && shown !== null && (
            <Results result={shown} state={state} onPage={(page) => apply({ ...state, page })} />
          )}
        </div>
      </div>
    </section>
  );
}

function Results({
  result,
  state,
  onPage,
}: {
  result: SearchResult;
  state: SearchState;
  onPage: (page: number) => void;
}) {
  if (result.total === 0) {
    return (
      <p className="empty" role="status">
        Nothing matches{state.q === '' ? '' : ` “${state.q}”`}. Try fewer words, or untick a filter.
      </p>
    );
  }
  return (
    <>
      <p className="muted" role="status">
        {result.total} incident{result.total === 1 ? '' : 's'} found
      </p>
      <SearchHits hits={result.items} />
      <Pagination
        page={state.page}
        pageSize={searchPageSize}
        total={result.total}
        onPage={onPage}
      />
    </>
  );
}
