import { searchInputFromParams } from '@aftermath/contract';
import { searchIncidents, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Full-text search. */
export function searchHandlers(ctx: Context): Pick<Handlers, 'search'> {
  return {
    search: ({ principal, query }) => searchIncidents(ctx, principal, searchInputFromParams(query)),
  };
}
