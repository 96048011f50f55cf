import { daysOverdue, visibility, type ActionOverview, type Principal } from '@aftermath/domain';
import { authorize, incidentReadScope } from '../authorization';
import type { Context } from '../context';
import type { Page } from '../ports';
import type { ActionOverviewQuery } from './action-overview.ports';
import { teamsOf } from '../metrics/incident-facts';

/**
 * Action items across incidents, due date first (undated last), with each one's incident, the
 * teams owning its services and whether it is overdue today (UTC). Actions of incidents the
 * principal may not read are left out, and the total counts only what the principal may read.
 *
 * @example
 * const page = await listActionOverview(ctx, principal, { status: ['open'], overdue: true, limit: 20, offset: 0 });
 * page.items[0]?.daysOverdue; // 12
 */
export async function listActionOverview(
  ctx: Context,
  principal: Principal,
  query: ActionOverviewQuery,
): Promise<Page<ActionOverview>> {
  authorize(principal, 'incident.read');
  const today = ctx.clock().toISOString().slice(0, 10);
  // authorize above let the principal read: which restricted incidents is the scope's to say.
  const readable = [...visibility.options];
  const readScope = incidentReadScope(principal);
  const [page, services] = await Promise.all([
    ctx.store.actions.listAcross({ ...query, today, visibility: readable, readScope }),
    ctx.store.services.list(),
  ]);
  const teamsByService = new Map<string, string>();
  for (const service of services) if (service.team) teamsByService.set(service.name, service.team);
  const items = page.items.map(({ action, incident }): ActionOverview => {
    const days = daysOverdue(action, today);
    return {
      ...action,
      incident,
      teams: teamsOf(incident, teamsByService),
      overdue: days !== null,
      daysOverdue: days,
    };
  });
  return { items, total: page.total };
}
