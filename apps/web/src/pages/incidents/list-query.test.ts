import { describe, expect, it } from 'vitest';
import {
  firstRowOf,
  fromSavedFilters,
  readFilters,
  toListQuery,
  toSavedFilters,
  writeFilters,
} from './list-query';

describe('incident list filters in the URL', () => {
  it('ignores values the API would reject instead of failing the whole page', () => {
    const filters = readFilters(new URLSearchParams('status=broken&severity=SEV9&page=-2'));
    expect(filters).toEqual({ status: '', severity: '', service: '', tag: '', text: '', page: 1 });
  });

  it('round-trips through the query and leaves defaults out of the URL', () => {
    const query = new URLSearchParams('severity=SEV1&text=checkout&page=3');
    expect(writeFilters(readFilters(query)).toString()).toBe('severity=SEV1&text=checkout&page=3');
    expect(writeFilters(readFilters(new URLSearchParams('page=1'))).toString()).toBe('');
  });

  it('converts to and from the filters a saved view keeps, without the page', () => {
    const filters = readFilters(new URLSearchParams('tag=database&status=open&page=4'));
    const saved = toSavedFilters(filters);
    expect(saved).toEqual({ status: 'open', tag: 'database' });
    expect(writeFilters(fromSavedFilters(saved)).toString()).toBe('status=open&tag=database');
  });

  it('asks the API for the rows in view with the filters of the URL', () => {
    const filters = readFilters(new URLSearchParams('status=open&page=3'));
    const query = toListQuery(filters, { offset: 200, limit: 100 });
    expect(query).toMatchObject({ status: ['open'], limit: 100, offset: 200 });
  });

  it('opens an old paged link scrolled to the first incident of that page', () => {
    expect(firstRowOf(readFilters(new URLSearchParams('page=3')))).toBe(50);
    expect(firstRowOf(readFilters(new URLSearchParams('')))).toBe(0);
  });
});
