import { listServices, upsertService, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Services. */
export function serviceHandlers(ctx: Context): Pick<Handlers, 'listServices' | 'upsertService'> {
  return {
    listServices: async ({ principal }) => ({ items: await listServices(ctx, principal) }),
    upsertService: ({ principal, params, body }) =>
      upsertService(ctx, principal, { name: params.name, ...body }),
  };
}
