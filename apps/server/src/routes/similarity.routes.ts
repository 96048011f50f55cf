import { findSimilarIncidents, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Similar incidents of one incident. */
export function similarityHandlers(ctx: Context): Pick<Handlers, 'listSimilarIncidents'> {
  return {
    listSimilarIncidents: async ({ principal, params, query }) => ({
      items: await findSimilarIncidents(ctx, principal, { key: params.key }, query.limit),
    }),
  };
}
