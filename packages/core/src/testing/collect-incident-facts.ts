import type { ActionFacts, IncidentFacts } from '@aftermath/analysis';
import type { ActionItem, Incident, Principal } from '@aftermath/domain';
import { readTraceIds } from '@aftermath/importers';
import type { Context } from '../context';
import { checkPostmortem, countGaps, teamsOf, type SharedFacts } from '../metrics/incident-facts';

/**
 * Reads what the metrics need about one incident besides its own record, through the ordinary
 * repositories: postmortem publication and checklist, actions, evidence formats, and its whole
 * timeline for gaps and trace ids.
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
