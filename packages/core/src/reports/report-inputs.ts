import {
  incidentsIn,
  periodContaining,
  previousPeriod,
  type ReportAction,
  type ReportIncident,
  type ReportPeriodKind,
  type ReportSlo,
} from '@aftermath/analysis';
import type { Incident, Principal, RootCauseAnalysis } from '@aftermath/domain';
import type { Context } from '../context';
import { readableIncidents } from '../metrics/compute-metrics';
import { teamsOf } from '../metrics/incident-facts';
import { checkIncidentPolicy } from '../policy/policy-check';
import { computeSloStatus } from '../slo/slo-status';

/** The incidents a report of `kind` at `at` looks at: its period, and the previous month for trends. */
function inReach(kind: ReportPeriodKind, at: string, incidents: readonly Incident[]): Incident[] {
  const period = periodContaining(kind, at);
  const asReport = (incident: Incident) => ({
    impactStartedAt: incident.milestones.impactStartedAt,
    createdAt: incident.createdAt,
    incident,
  });
  const rows = incidents.map(asReport);
  const reach = [...incidentsIn(period, rows)];
  if (kind === 'monthly') reach.push(...incidentsIn(previousPeriod(period), rows));
  return reach.map((row) => row.incident);
}

/**
 * Reads what a review report needs: readable incidents of the period (with RCA codes, postmortem
 * status and, for the quarterly review, the policy's decision), open actions of every readable
 * incident with their teams, and every SLO's state at `at`.
 */
export async function readReportInputs(
  ctx: Context,
  principal: Principal,
  kind: ReportPeriodKind,
  at: string,
): Promise<{ incidents: ReportIncident[]; actions: ReportAction[]; slos: ReportSlo[] }> {
  const repos = ctx.store;
  const all: Incident[] = [];
  for await (const incident of readableIncidents(repos, principal)) all.push(incident);
  const teamsByService = new Map<string, string>();
  for (const service of await repos.services.list()) {
    if (service.team) teamsByService.set(service.name, service.team);
  }
  const actions: ReportAction[] = [];
  if (kind === 'weekly') {
    for (const incident of all) {
      const teams = teamsOf(incident, teamsByService);
      for (const action of await repos.actions.listByIncident(incident.key)) {
        const { id, incidentKey, title, owner, dueDate, status } = action;
        actions.push({ id, incidentKey, title, owner, dueDate, status, teams });
      }
    }
  }
  const analyses = new Map<string, RootCauseAnalysis>();
  for (const { incidentKey, rca } of await repos.postmortems.listAnalyses()) {
    analyses.set(incidentKey, rca);
  }
  const incidents: ReportIncident[] = [];
  for (const incident of inReach(kind, at, all)) {
    const postmortem = await repos.postmortems.get(incident.key);
    const rca = analyses.get(incident.key);
    const policy =
      kind === 'quarterly' ? await checkIncidentPolicy(ctx, principal, incident.key) : null;
    const final = policy?.deadlineStates.find((state) => state.kind === 'final');
    incidents.push({
      key: incident.key,
      title: incident.title,
      severity: incident.severity,
      services: incident.services,
      ...incident.milestones,
      createdAt: incident.createdAt,
      recurrenceOf: incident.recurrenceOf,
      trigger: rca?.trigger ?? null,
      rootCauses: rca?.rootCauses ?? [],
      requirement: policy?.requirement ?? 'none',
      postmortemStatus: postmortem?.status ?? null,
      finalDeadline: final?.state ?? null,
    });
  }
  const slos = (await computeSloStatus(ctx, principal, { at })).map((status) => ({
    name: status.name,
    service: status.service,
    target: status.target,
    alert: status.alert,
    budgetRemaining: status.budget.total > 0 ? status.budget.remaining / status.budget.total : null,
  }));
  return { incidents, actions, slos };
}
