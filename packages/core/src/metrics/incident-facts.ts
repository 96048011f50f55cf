import { findTelemetryGaps, type ChecklistFacts } from '@aftermath/analysis';
import type { Incident, Principal, TimelineEntry } from '@aftermath/domain';
import type { Context } from '../context';
import { getPostmortemChecklist } from '../policy/postmortem-checklist';

/** What is read once for all incidents and used for each. */
export interface SharedFacts {
  teamsByService: ReadonlyMap<string, string>;
  publishTimes: ReadonlyMap<string, string>;
  /** Incident key → true when a later incident recurs within the window; null when unknown. */
  recurred: (incident: Incident) => boolean | null;
}

/** The incident's teams: the owners of its services, each once. */
export function teamsOf(
  incident: Pick<Incident, 'services'>,
  teamsByService: ReadonlyMap<string, string>,
): string[] {
  const teams = incident.services.map((service) => teamsByService.get(service));
  return [...new Set(teams.filter((team): team is string => team !== undefined))];
}

/**
 * The quality checklist as `aftermath checklist` shows it (the policy's weights): items the policy
 * scores, passed out of checked. Null when the incident has no postmortem.
 */
export async function checkPostmortem(
  ctx: Context,
  principal: Principal,
  incident: Incident,
): Promise<ChecklistFacts | null> {
  if (!(await ctx.store.postmortems.get(incident.key))) return null;
  const checklist = await getPostmortemChecklist(ctx, principal, incident.key);
  const scored = checklist.items.filter((item) => item.weight > 0);
  return { itemsPassed: scored.filter((item) => item.passed).length, itemsTotal: scored.length };
}

/** Gaps in the recorded impact window; null when the window is not recorded. */
export function countGaps(incident: Incident, entries: TimelineEntry[]): number | null {
  const { impactStartedAt: from, resolvedAt: to } = incident.milestones;
  if (from === null || to === null || to < from) return null;
  if (to === from) return 0;
  return findTelemetryGaps(entries, { from, to }).length;
}
