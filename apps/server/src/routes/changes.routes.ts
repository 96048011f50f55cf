import { listChanges, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** The change feed across incidents (`GET /api/v1/changes`). */
export function changesHandlers(ctx: Context): Pick<Handlers, 'listChanges'> {
  return {
    listChanges: ({ principal, query }) => listChanges(ctx, principal, query),
  };
}
