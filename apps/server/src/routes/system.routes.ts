import type { Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';
import { productVersion } from '@aftermath/core';
import { isDomainError } from '@aftermath/domain';

/** Health. A database that does not answer makes the instance unhealthy (503). */
export function systemHandlers(ctx: Context): Pick<Handlers, 'health'> {
  return {
    health: async ({ setStatus }) => {
      try {
        await ctx.store.ping();
        return { status: 'ok', database: ctx.store.backend, version: productVersion };
      } catch (error) {
        setStatus(503);
        const said = isDomainError(error)
          ? (error.details[0]?.message ?? error.message)
          : error instanceof Error
            ? error.message
            : String(error);
        return {
          status: 'unavailable',
          database: ctx.store.backend,
          version: productVersion,
          reason: `the database does not answer: ${said}`,
        };
      }
    },
  };
}
