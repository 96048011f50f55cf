import { actionPriority, type ActionPriority } from '@aftermath/domain';
import type { DurationMetric } from './duration-metric';
import type { IncidentFrequency, ServiceCount } from './incident-frequency';
import type { IncidentMetrics } from './incident-metrics';
import { buildRate, unavailableRate, type RateMetric } from './rate-metric';

/** A recurrence counts when the similar incident starts within this many days. */
export const recurrenceWindowDays = 90;

/**
 * A share being counted: `count` hits of `n` qualifying items, `excluded` items left out.
 *
 * @example
 * { count: 31, n: 40, excluded: 3 }
 */
export interface MetricsTally {
  count: number;
  n: number;
  excluded: number;
}

/**
 * Everything M1–M10 are made of once counted, whoever counted it (the in-memory accumulator or
 * a database): durations already summarised, shares as tallies.
 */
export interface MetricsTotals {
  incidents: number;
  durations: Record<'mttr' | 'mttm' | 'mttd' | 'mtta' | 'postmortemLag', DurationMetric>;
  frequency: IncidentFrequency;
  recurrence: MetricsTally;
  rca: MetricsTally;
  actions: MetricsTally;
  actionsByPriority: ReadonlyMap<ActionPriority, MetricsTally>;
  multiSource: MetricsTally;
  traceIds: MetricsTally;
}

/**
 * Sources a workspace lacks (`unavailable`: the reason turns the metric off) and ready-made SLO
 * figures (absent: no SLO data).
 */
export interface MetricsSources {
  unavailable?: { rcaCompleteness?: string; recurrence?: string };
  slo?: { compliance: RateMetric; errorBudgetBurn: RateMetric };
}

const noneDue = 'no action with a due date is due yet';

/** A new empty tally. */
export const newTally = (): MetricsTally => ({ count: 0, n: 0, excluded: 0 });

const rateOf = (target: MetricsTally, emptyReason: string): RateMetric =>
  buildRate(target.count, target.n, target.excluded, emptyReason);

/**
 * Incidents per service, most first, then by name.
 *
 * @example
 * rankServiceCounts([['web', 2], ['api', 5]]); // [{ service: 'api', count: 5 }, { service: 'web', count: 2 }]
 */
export function rankServiceCounts(counts: Iterable<[string, number]>): ServiceCount[] {
  return [...counts]
    .map(([service, count]) => ({ service, count }))
    .sort((a, b) => b.count - a.count || (a.service < b.service ? -1 : 1));
}

/**
 * The M1–M10 answer from counted totals, with the reasons of empty or unavailable shares.
 *
 * @example
 * assembleIncidentMetrics(totals, {}).recurrence; // { n, count, rate, excluded, reason }
 */
export function assembleIncidentMetrics(
  totals: MetricsTotals,
  sources: MetricsSources,
): IncidentMetrics {
  const unavailable = sources.unavailable ?? {};
  const noSlo = unavailableRate('no SLO data: SLOs and their SLI data are not available');
  return {
    incidents: totals.incidents,
    mttr: totals.durations.mttr,
    mttm: totals.durations.mttm,
    mttd: totals.durations.mttd,
    mtta: totals.durations.mtta,
    frequency: totals.frequency,
    recurrence:
      unavailable.recurrence !== undefined
        ? unavailableRate(unavailable.recurrence)
        : rateOf(
            totals.recurrence,
            `no incident is older than ${recurrenceWindowDays} days with a known recurrence`,
          ),
    rcaCompleteness:
      unavailable.rcaCompleteness !== undefined
        ? unavailableRate(unavailable.rcaCompleteness)
        : rateOf(totals.rca, 'no postmortem to check'),
    actionClosure: rateOf(totals.actions, noneDue),
    actionClosureByPriority: Object.fromEntries(
      actionPriority.options.map((p) => [
        p,
        rateOf(totals.actionsByPriority.get(p) ?? newTally(), noneDue),
      ]),
    ) as Record<ActionPriority, RateMetric>,
    sloCompliance: sources.slo?.compliance ?? noSlo,
    errorBudgetBurn: sources.slo?.errorBudgetBurn ?? noSlo,
    postmortemLag: totals.durations.postmortemLag,
    telemetryCoverage: {
      multiSourceNoGaps: rateOf(
        totals.multiSource,
        'no incident has both impact start and resolution',
      ),
      traceIds: rateOf(totals.traceIds, 'no log or trace entries'),
    },
  };
}
