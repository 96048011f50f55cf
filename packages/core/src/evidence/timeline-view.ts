import {
  describeMilestoneDecisions,
  findSuspectChanges,
  findTelemetryGaps,
  proposeMilestones,
  type TelemetryGap,
  type TimelineView,
} from '@aftermath/analysis';
import type { IncidentKey, Principal, TimelineEntry } from '@aftermath/domain';
import type { Context } from '../context';
import { getIncident } from '../incidents';

export type { TimelineView } from '@aftermath/analysis';

/** Gaps inside the incident window: impact start to resolution (or now, while unresolved). */
function gapsBetween(entries: TimelineEntry[], from: string | null, to: string): TelemetryGap[] {
  if (from === null || to <= from) return [];
  return findTelemetryGaps(entries, { from, to });
}

/**
 * The built timeline of an incident, the one view every caller shows (CLI, HTTP, web): entries in
 * time order, milestones as recorded next to those proposed from evidence (with whether a person
 * accepted or overrode each), suspect changes ranked
 * before impact start, and telemetry gaps inside the incident window. A recorded milestone wins
 * over a proposal when both exist.
 *
 * @example
 * const view = await buildTimelineView(ctx, principal, 'INC-7');
 * view.suspects[0]?.reasons; // ['12 min before impact start', 'same service: checkout-api']
 */
export async function buildTimelineView(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<TimelineView> {
  const incident = await getIncident(ctx, principal, key);
  const entries = await ctx.store.timeline.listByIncident(key);
  const recorded = incident.milestones;
  const proposed = proposeMilestones(entries);
  const decisions = describeMilestoneDecisions(
    recorded,
    await ctx.store.milestoneDecisions.listByIncident(key),
  );
  const impactStartedAt = recorded.impactStartedAt ?? proposed.impactStartedAt?.at ?? null;
  const end = recorded.resolvedAt ?? proposed.resolvedAt?.at ?? ctx.clock().toISOString();
  return {
    entries,
    milestones: { recorded, proposed, decisions },
    suspects: findSuspectChanges(entries, { impactStartedAt, services: incident.services }),
    gaps: gapsBetween(entries, impactStartedAt, end),
  };
}
