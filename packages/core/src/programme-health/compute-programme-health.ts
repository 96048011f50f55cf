import {
  buildProgrammeHealth,
  WeekBuckets,
  type HealthIncidentFacts,
  type ProgrammeHealth,
} from '@aftermath/analysis';
import { DomainError, type Incident, type Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { readableIncidents } from '../metrics/compute-metrics';
import { readDecisionPolicy } from '../policy/decision-policy';
import { readLintOptions } from '../policy/checklist-input';
import { readTeamMembers } from '../review/review-state';
import { collectHealthFacts, incidentTime, type HealthShared } from './collect-health-facts';

const dayMs = 86_400_000;

/**
 * The programme-health dashboard (docs/programme-health.md): eight signals of the postmortem
 * practice's failure modes over the policy's last `programmeHealth.weeks` ISO weeks, each with
 * value, n, limits, status and weekly trend. Counts only incidents the principal may read, as
 * the metrics do. `weeks` overrides the policy's look-back.
 *
 * @example
 * const health = await computeProgrammeHealth(ctx, principal, { weeks: 4 });
 * health.signals.filter((s) => s.status === 'alert');
 */
export async function computeProgrammeHealth(
  ctx: Context,
  principal: Principal,
  options: { weeks?: number } = {},
): Promise<ProgrammeHealth> {
  authorize(principal, 'incident.read');
  if (options.weeks !== undefined) assertWeeks(options.weeks);
  const policy = await readDecisionPolicy(ctx.store);
  const health = {
    ...policy.programmeHealth,
    weeks: options.weeks ?? policy.programmeHealth.weeks,
  };
  const now = ctx.clock();
  const asOf = now.toISOString();
  const incidents: Incident[] = [];
  for await (const incident of readableIncidents(ctx.store, principal)) incidents.push(incident);
  const lint = await readLintOptions(ctx.store);
  const shared: HealthShared = {
    now,
    actionPolicy: policy.actions,
    lint: { names: lint.names, blamelessAllow: lint.blamelessAllow },
    teamMembers: await readTeamMembers(ctx.store),
    recurrences: recurrencesOf(incidents),
  };
  // A root cause fixed inside the window may belong to an incident up to a recurrence window older.
  const windowStart = Date.parse(new WeekBuckets(asOf, health.weeks).start);
  const oldest = new Date(windowStart - policy.recurrence.windowDays * dayMs).toISOString();
  const facts: HealthIncidentFacts[] = [];
  for (const incident of incidents) {
    if (incidentTime(incident) < oldest) continue;
    facts.push(await collectHealthFacts(ctx, incident, shared));
  }
  return buildProgrammeHealth(facts, health, asOf);
}

/** Original incident key → when each incident marked as its recurrence happened. */
function recurrencesOf(incidents: readonly Incident[]): Map<string, string[]> {
  const byOriginal = new Map<string, string[]>();
  for (const incident of incidents) {
    if (incident.recurrenceOf === null) continue;
    const list = byOriginal.get(incident.recurrenceOf) ?? [];
    list.push(incidentTime(incident));
    byOriginal.set(incident.recurrenceOf, list);
  }
  return byOriginal;
}

/** The look-back the dashboard can draw: 2 to 26 whole weeks. */
function assertWeeks(weeks: number): void {
  if (Number.isInteger(weeks) && weeks >= 2 && weeks <= 26) return;
  throw new DomainError('validation', `weeks must be a whole number from 2 to 26, not ${weeks}`, [
    { path: 'weeks', message: 'a whole number from 2 to 26' },
  ]);
}
