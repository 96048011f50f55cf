import {
  MetricsAccumulator,
  matchesMetricsFilter,
  type IncidentMetrics,
  type MetricsFilter,
} from '@aftermath/analysis';
import type { Incident, Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { readableIncidents } from '../metrics/compute-metrics';
import { teamsOf, type SharedFacts } from '../metrics/incident-facts';
import { readPublishTimes } from '../metrics/publish-times';
import { RecurrenceFamilies } from '../metrics/recurrence-families';
import { readSloMetrics } from '../metrics/slo-metrics';
import { collectIncidentFacts } from './collect-incident-facts';

/**
 * M1–M10 the plain way: every incident read through the ordinary repositories, one at a time
 * (several reads each). Slow on a large workspace; test support only: the reference
 * `computeMetrics` must equal (tests compare the two) and the benchmark's point of comparison.
 */
export async function computeMetricsOneByOne(
  ctx: Context,
  principal: Principal,
  filter: MetricsFilter,
): Promise<IncidentMetrics> {
  authorize(principal, 'incident.read');
  const repos = ctx.store;
  const [services, publishTimes] = await Promise.all([
    repos.services.list(),
    readPublishTimes(repos),
  ]);
  const teamsByService = new Map<string, string>();
  for (const service of services) if (service.team) teamsByService.set(service.name, service.team);
  const families = new RecurrenceFamilies();
  const inScope: Incident[] = [];
  for await (const incident of readableIncidents(repos, principal)) {
    families.add(incident);
    const teams = teamsOf(incident, teamsByService);
    if (matchesMetricsFilter({ ...incident, teams }, filter)) inScope.push(incident);
  }
  const shared: SharedFacts = {
    teamsByService,
    publishTimes,
    recurred: (incident) => families.recurred(incident.key),
  };
  const accumulator = new MetricsAccumulator({
    asOf: ctx.clock().toISOString(),
    slo: await readSloMetrics(ctx, principal, filter, teamsByService),
  });
  for (const incident of inScope) {
    accumulator.add(await collectIncidentFacts(ctx, principal, incident, shared));
  }
  return accumulator.finish();
}
