import type { Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';
import { productVersion } from '@aftermath/core';

/** Health. A database that does not answer makes the instance unhealthy (503). */
export function systemHandlers(ctx: Context): Pick<Handlers, 'health'> {
  return {
    health: async ({ setStatus }) => {
      try {
        await ctx.store.ping();
        return { status: 'ok', database: ctx.store.backend, version: productVersion };
      } catch {
        setStatus(503);
        return { status: 'unavailable', database: ctx.store.backend, version: productVersion };
      }
    },
  };
}
