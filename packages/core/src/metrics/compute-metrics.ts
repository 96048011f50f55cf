import {
  MetricsAccumulator,
  matchesMetricsFilter,
  type IncidentMetrics,
  type MetricsFilter,
} from '@aftermath/analysis';
import type { Incident, Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';
import { collectIncidentFacts, teamsOf, type SharedFacts } from './incident-facts';
import { readPublishTimes } from './publish-times';
import { RecurrenceFamilies } from './recurrence-families';
import { readSloMetrics } from './slo-metrics';

const PAGE = 500;

/**
 * M1–M10 over the incidents inside `filter` (definitions in docs/metrics.md), computed from raw
 * milestones and stored records at the time of asking. Incidents the principal may not read are
 * left out. Metrics whose source does not exist report `rate: null` with the reason.
 *
 * @example
 * const metrics = await computeMetrics(ctx, principal, { from: '2026-01-01T00:00:00.000Z', severity: 'SEV1' });
 * metrics.mttr; // { n, median, p90, mean, excluded, smallSample, histogram }
 */
export async function computeMetrics(
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

/** Every incident the principal may read, a page at a time, in the repository's order. */
export async function* readableIncidents(
  repos: Repositories,
  principal: Principal,
): AsyncGenerator<Incident> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await repos.incidents.list({ limit: PAGE, offset });
    for (const incident of page.items) if (mayRead(principal, incident)) yield incident;
    if (page.items.length < PAGE) return;
  }
}

function mayRead(principal: Principal, incident: Incident): boolean {
  try {
    authorize(principal, 'incident.read', incident);
    return true;
  } catch {
    return false;
  }
}
