import { summarizeSloBudgets, type MetricsFilter, type RateMetric } from '@aftermath/analysis';
import type { Principal } from '@aftermath/domain';
import type { Context } from '../context';
import { computeSloStatus } from '../slo';

/**
 * SLO compliance and error-budget burn for the metrics: every SLO objective's budget now, over
 * its own window. Only the service and team filters apply (an SLO belongs to a service; it has no
 * severity, type or impact start).
 */
export async function readSloMetrics(
  ctx: Context,
  principal: Principal,
  filter: MetricsFilter,
  teamsByService: ReadonlyMap<string, string>,
): Promise<{ compliance: RateMetric; errorBudgetBurn: RateMetric }> {
  const statuses = await computeSloStatus(ctx, principal);
  const inScope = statuses.filter(
    (status) =>
      (filter.service === undefined || status.service === filter.service) &&
      (filter.team === undefined || teamsByService.get(status.service) === filter.team),
  );
  return summarizeSloBudgets(inScope.map((status) => status.budget));
}
