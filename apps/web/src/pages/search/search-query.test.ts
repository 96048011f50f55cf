import { describe, expect, it } from 'vitest';
import { readSearchState, toggleFacet, toSearchParams, writeSearchState } from './search-query';

describe('search state in the URL', () => {
  it('round-trips words, facets, dates, sort and page', () => {
    const url = 'q=database+failover&severity=SEV1%2CSEV2&tag=dns&from=2026-01-01&sort=date&page=3';
    const state = readSearchState(new URLSearchParams(url));
    expect(state).toEqual({
      q: 'database failover',
      facets: { severity: ['SEV1', 'SEV2'], tag: ['dns'] },
      from: '2026-01-01',
      to: '',
      sort: 'date',
      page: 3,
    });
    expect(writeSearchState(state).toString()).toBe(url);
  });

  it('drops invalid dates and pages and resets the page when a facet changes', () => {
    const state = readSearchState(new URLSearchParams('from=yesterday&page=-2&service=api'));
    expect(state.from).toBe('');
    expect(state.page).toBe(1);
    const toggled = toggleFacet({ ...state, page: 4 }, 'service', 'api');
    expect(toggled.facets.service).toEqual([]);
    expect(toggled.page).toBe(1);
    expect(toSearchParams({ ...state, page: 2 })).toMatchObject({ offset: 20, limit: 20 });
  });
});
