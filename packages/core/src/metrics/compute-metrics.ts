import {
  assembleIncidentMetrics,
  matchesMetricsFilter,
  recurrenceWindowDays,
  type IncidentMetrics,
  type MetricsFilter,
} from '@aftermath/analysis';
import type { Incident, Principal } from '@aftermath/domain';
import { authorize, incidentReadScope, type ResourceContext } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';
import { teamsOf } from './incident-facts';
import type { MetricsScope } from './metrics.ports';
import { RecurrenceFamilies } from './recurrence-families';
import { refreshSummaryFacts } from './refresh-summary-facts';
import { readSloMetrics } from './slo-metrics';
import { readSummaryMetrics } from './summary-metrics';

const PAGE = 500;
const WINDOW_MS = recurrenceWindowDays * 86_400_000;

/** The filter as the summary compares it: instants as UTC ISO text, the reader's visibility. */
function toScope(principal: Principal, filter: MetricsFilter): MetricsScope {
  const instant = (value: string | undefined) =>
    value === undefined ? undefined : new Date(Date.parse(value)).toISOString();
  const { from, to, ...rest } = filter;
  const scope: MetricsScope = { ...rest, readScope: incidentReadScope(principal) };
  if (from !== undefined) scope.from = instant(from);
  if (to !== undefined) scope.to = instant(to);
  return scope;
}

/**
 * M1–M10 over the incidents inside `filter` (definitions in docs/metrics.md), computed at the time
 * of asking from the per-incident summary the storage keeps with every write (milestone
 * durations, counts, publication, recurrence, coverage, checklist scores) and its roll-ups.
 * Incidents the principal may not read are left out. Metrics whose source does not exist report
 * `rate: null` with the reason. The database counts, groups and picks the percentile ranks; only
 * SLO budgets are worked out here, and recurrence families when one holds an incident the
 * principal may not read.
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
  await refreshSummaryFacts(ctx);
  const services = await repos.services.list();
  const teamsByService = new Map<string, string>();
  for (const service of services) if (service.team) teamsByService.set(service.name, service.team);
  // Only when a family holds an incident the reader may not see: the reader's own families, from
  // the incidents in a recurrence link the reader may read.
  const recurred = async (judgedBefore: string) => {
    const members = await repos.metrics.listRecurrenceMembers(
      filter.service !== undefined || filter.team !== undefined ? 'all' : 'restricted',
    );
    const readable = members.filter((incident) => mayRead(principal, incident));
    const families = new RecurrenceFamilies();
    for (const incident of readable) families.add(incident);
    return readable.filter((incident) => {
      const start = incident.milestones.impactStartedAt;
      return (
        start !== null &&
        start <= judgedBefore &&
        families.recurred(incident.key) &&
        matchesMetricsFilter({ ...incident, teams: teamsOf(incident, teamsByService) }, filter)
      );
    }).length;
  };
  const asOf = ctx.clock().toISOString();
  const [totals, slo] = await Promise.all([
    readSummaryMetrics(repos, toScope(principal, filter), asOf, WINDOW_MS, recurred),
    readSloMetrics(ctx, principal, filter, teamsByService),
  ]);
  return assembleIncidentMetrics(totals, { slo });
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

function mayRead(principal: Principal, incident: ResourceContext): boolean {
  try {
    authorize(principal, 'incident.read', incident);
    return true;
  } catch {
    return false;
  }
}
