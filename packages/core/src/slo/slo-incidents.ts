import { systemPrincipal, type Incident, type SloDefinition } from '@aftermath/domain';
import type { Context } from '../context';
import { createIncident } from '../incidents';
import type { SloStatus } from './slo-status';

/** The tag an SLO-triggered incident carries, so it can be told from one a person opened. */
export const SLO_TRIGGERED_TAG = 'slo-triggered';

function describePage(slo: SloDefinition, status: SloStatus): string {
  const pair = status.burnRates.find((rate) => rate.firing && rate.severity === 'page');
  const burn = pair
    ? ` at ${pair.long?.toFixed(1)}× over ${pair.longWindow} (page threshold ${pair.threshold.toFixed(2)}×)`
    : '';
  return `SLO ${slo.name} is burning its error budget${burn}`;
}

/**
 * Opens an incident for the SLO's service when the SLO asks for it (`openIncidentOnPage`) and a
 * page-level burn condition holds, unless an incident for that service is already open or
 * mitigated: one page, one incident. Runs as the system (the trigger is the data, not a person).
 * Returns the incident opened, or null.
 */
export async function openIncidentOnPage(
  ctx: Context,
  slo: SloDefinition,
  statuses: readonly SloStatus[],
): Promise<Incident | null> {
  if (!slo.openIncidentOnPage) return null;
  const paging = statuses.find((status) => status.alert === 'page');
  if (!paging) return null;
  return ctx.store.transaction(async (tx) => {
    const open = await tx.incidents.list({
      service: slo.service,
      status: ['open', 'mitigated'],
      limit: 1,
      offset: 0,
    });
    if (open.total > 0) return null;
    return createIncident(ctx, systemPrincipal, {
      title: describePage(slo, paging).slice(0, 200),
      severity: 'SEV2',
      type: 'outage',
      services: [slo.service],
      commander: null,
      visibility: 'normal',
      tags: [SLO_TRIGGERED_TAG],
      customerImpact: {
        description: describePage(slo, paging),
        usersAffected: null,
        requestsAffected: null,
      },
      milestones: { detectedAt: paging.evaluatedAt },
      milestoneOrderOverride: null,
    });
  });
}
