import { countSourceKinds, type IncidentFacts } from '@aftermath/analysis';
import type { Incident, IncidentKey, Principal, TimelineEntry } from '@aftermath/domain';
import type { Context } from '../context';
import { checkPostmortem, countGaps, teamsOf, type SharedFacts } from './incident-facts';
import type { IncidentAggregate } from './metrics.ports';

/** Impact start and resolution both known, resolution not before the start. */
function hasImpactWindow(incident: Incident): boolean {
  const { impactStartedAt: from, resolvedAt: to } = incident.milestones;
  return from !== null && to !== null && to >= from;
}

/**
 * Whether telemetry coverage needs the incident's gaps: only an incident with a known window and
 * evidence from two or more source kinds can count as covered, so only its timeline is read.
 */
export function needsGapCheck(aggregate: IncidentAggregate): boolean {
  return hasImpactWindow(aggregate.incident) && countSourceKinds(aggregate.formats) >= 2;
}

/**
 * The metrics' facts of one incident from its database aggregates. `timelines` holds the entries
 * of the incidents {@link needsGapCheck} picked; for the others the gap count is null when the
 * window is unknown and 0 otherwise — a value the metrics never read, since fewer than two
 * source kinds already fail coverage.
 */
export async function factsFromAggregate(
  ctx: Context,
  principal: Principal,
  aggregate: IncidentAggregate,
  shared: SharedFacts,
  timelines: ReadonlyMap<IncidentKey, TimelineEntry[]>,
): Promise<IncidentFacts> {
  const { incident } = aggregate;
  const entries = timelines.get(incident.key);
  const gapCount =
    entries !== undefined ? countGaps(incident, entries) : hasImpactWindow(incident) ? 0 : null;
  return {
    key: incident.key,
    severity: incident.severity,
    type: incident.type,
    services: incident.services,
    teams: teamsOf(incident, shared.teamsByService),
    milestones: incident.milestones,
    postmortemPublishedAt: shared.publishTimes.get(incident.key) ?? null,
    checklist: aggregate.hasPostmortem ? await checkPostmortem(ctx, principal, incident) : null,
    recurred: shared.recurred(incident),
    actions: aggregate.actions,
    telemetry: {
      formats: aggregate.formats,
      gapCount,
      logTraceEntries: aggregate.logTraceEntries,
      logTraceEntriesWithTraceId: aggregate.logTraceEntriesWithTraceId,
    },
  };
}
