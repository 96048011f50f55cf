import { getRcaTaxonomy, setRcaTaxonomy, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** The workspace's RCA taxonomy. */
export function rcaHandlers(ctx: Context): Pick<Handlers, 'getRcaTaxonomy' | 'setRcaTaxonomy'> {
  return {
    getRcaTaxonomy: ({ principal }) => getRcaTaxonomy(ctx, principal),
    setRcaTaxonomy: ({ principal, body }) => setRcaTaxonomy(ctx, principal, body),
  };
}
