import type { Principal, Service } from '@aftermath/domain';
import { authorize } from './authorization';
import type { Context } from './context';

/** Services known to the workspace, by name. */
export async function listServices(ctx: Context, principal: Principal): Promise<Service[]> {
  authorize(principal, 'incident.read');
  return ctx.store.services.list();
}

/** Creates or replaces a service. */
export async function upsertService(
  ctx: Context,
  principal: Principal,
  service: Service,
): Promise<Service> {
  authorize(principal, 'service.write');
  await ctx.store.services.upsert(service);
  return service;
}
