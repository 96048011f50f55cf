import {
  findTelemetryGaps,
  type ActionFacts,
  type ChecklistFacts,
  type IncidentFacts,
} from '@aftermath/analysis';
import type { ActionItem, Incident, Principal, TimelineEntry } from '@aftermath/domain';
import { readTraceIds } from '@aftermath/importers';
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
 * Reads what the metrics need about one incident besides its own record: postmortem publication
 * and checklist, actions, evidence formats, and its timeline for gaps and trace ids.
 */
export async function collectIncidentFacts(
  ctx: Context,
  principal: Principal,
  incident: Incident,
  shared: SharedFacts,
): Promise<IncidentFacts> {
  const repos = ctx.store;
  const [actions, evidence, entries, checklist] = await Promise.all([
    repos.actions.listByIncident(incident.key),
    repos.evidence.listByIncident(incident.key),
    repos.timeline.listByIncident(incident.key),
    checkPostmortem(ctx, principal, incident),
  ]);
  const logTrace = entries.filter((entry) => entry.kind === 'log' || entry.kind === 'trace');
  return {
    key: incident.key,
    severity: incident.severity,
    type: incident.type,
    services: incident.services,
    teams: teamsOf(incident, shared.teamsByService),
    milestones: incident.milestones,
    postmortemPublishedAt: shared.publishTimes.get(incident.key) ?? null,
    checklist,
    recurred: shared.recurred(incident),
    actions: actions.map(toActionFacts),
    telemetry: {
      formats: evidence.map((record) => record.format),
      gapCount: countGaps(incident, entries),
      logTraceEntries: logTrace.length,
      logTraceEntriesWithTraceId: logTrace.filter((entry) => readTraceIds(entry.body).length > 0)
        .length,
    },
  };
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

/** Closed actions carry their last update as the close time: never earlier than the real one. */
function toActionFacts(action: ActionItem): ActionFacts {
  const closed = action.status === 'done' || action.status === 'verified';
  return {
    priority: action.priority,
    status: action.status,
    dueDate: action.dueDate,
    closedAt: closed ? action.updatedAt : null,
  };
}

/** Gaps in the recorded impact window; null when the window is not recorded. */
export function countGaps(incident: Incident, entries: TimelineEntry[]): number | null {
  const { impactStartedAt: from, resolvedAt: to } = incident.milestones;
  if (from === null || to === null || to < from) return null;
  if (to === from) return 0;
  return findTelemetryGaps(entries, { from, to }).length;
}
