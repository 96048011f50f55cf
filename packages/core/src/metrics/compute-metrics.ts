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
import { factsFromAggregate, needsGapCheck } from './aggregate-facts';
import { teamsOf, type SharedFacts } from './incident-facts';
import type { IncidentAggregate } from './metrics.ports';
import { readPublishTimes } from './publish-times';
import { RecurrenceFamilies } from './recurrence-families';
import { readSloMetrics } from './slo-metrics';

const PAGE = 500;
/** Incidents per page of the metrics scan: each page costs a fixed handful of statements. */
const SCAN_PAGE = 2000;

/**
 * M1–M10 over the incidents inside `filter` (definitions in docs/metrics.md), computed from raw
 * milestones and stored records at the time of asking. Incidents the principal may not read are
 * left out. Metrics whose source does not exist report `rate: null` with the reason. The database
 * counts per page of incidents (actions, evidence kinds, log and trace entries); only timelines
 * that decide telemetry coverage and postmortems' checklists are read one incident at a time.
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
  const [services, publishTimes, members] = await Promise.all([
    repos.services.list(),
    readPublishTimes(repos),
    repos.metrics.listRecurrenceMembers(),
  ]);
  const teamsByService = new Map<string, string>();
  for (const service of services) if (service.team) teamsByService.set(service.name, service.team);
  // Incidents outside every recurrence link have no family to recur in: only members are needed.
  const families = new RecurrenceFamilies();
  for (const incident of members) if (mayRead(principal, incident)) families.add(incident);
  const shared: SharedFacts = {
    teamsByService,
    publishTimes,
    recurred: (incident) => families.recurred(incident.key),
  };
  const asOf = ctx.clock().toISOString();
  const accumulator = new MetricsAccumulator({
    asOf,
    slo: await readSloMetrics(ctx, principal, filter, teamsByService),
  });
  const inFilter = (aggregate: IncidentAggregate) =>
    mayRead(principal, aggregate.incident) &&
    matchesMetricsFilter(
      { ...aggregate.incident, teams: teamsOf(aggregate.incident, teamsByService) },
      filter,
    );
  for await (const page of scanIncidents(repos, asOf.slice(0, 10))) {
    const inScope = page.filter(inFilter);
    const timelines = await repos.metrics.listTimelines(
      inScope.filter(needsGapCheck).map((aggregate) => aggregate.incident.key),
    );
    for (const aggregate of inScope) {
      accumulator.add(await factsFromAggregate(ctx, principal, aggregate, shared, timelines));
    }
  }
  return accumulator.finish();
}

/** Every incident with its aggregates, a page at a time. */
async function* scanIncidents(
  repos: Repositories,
  today: string,
): AsyncGenerator<IncidentAggregate[]> {
  for (let after: string | null = null; ;) {
    const page: IncidentAggregate[] = await repos.metrics.readIncidentPage({
      after,
      limit: SCAN_PAGE,
      today,
    });
    if (page.length > 0) yield page;
    if (page.length < SCAN_PAGE) return;
    after = page[page.length - 1]?.incident.key ?? null;
  }
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
