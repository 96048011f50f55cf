import type { SearchRepository } from '@aftermath/core';
import type { Scope } from '../../scope';
import { searchPostgres } from './postgres-search';
import { refreshSearch } from './refresh-search';
import { searchSqlite } from './sqlite-search';

/** Full-text search with the dialect's word index; see {@link SearchRepository}. */
export function createSearchRepository(scope: Scope): SearchRepository {
  return {
    refresh: () => refreshSearch(scope),
    search(query, readScope) {
      const db = scope.executor();
      return scope.capabilities.fullText === 'fts5'
        ? searchSqlite(db, query, readScope)
        : searchPostgres(db, query, readScope);
    },
  };
}
