import { secondsBetween } from '../metrics/duration-metric';
import { percentileOfSorted } from '../metrics/percentile';
import type { ReportIncident, ReportInputs } from './report-inputs';
import { incidentsIn, periodContaining, previousPeriod, type ReportPeriod } from './report-period';

/** A code or name with how many incidents of the period carry it. */
export interface RankedCount {
  name: string;
  count: number;
}

/** A duration median in seconds for this period and the previous one (null when n is 0). */
export interface MedianComparison {
  metric: 'mttr' | 'mttd' | 'mtta' | 'mttm';
  current: number | null;
  currentN: number;
  previous: number | null;
  previousN: number;
}

/**
 * The monthly review: incident count against the previous month, the most frequent trigger and
 * root-cause codes and services (top 5), the month's recurrences and MTTx medians compared.
 *
 * @example buildMonthlyReport(inputs).incidents // { current: 4, previous: 2 }
 */
export interface MonthlyReport {
  kind: 'monthly';
  period: ReportPeriod;
  previous: ReportPeriod;
  incidents: { current: number; previous: number };
  topTriggers: RankedCount[];
  topRootCauses: RankedCount[];
  topServices: RankedCount[];
  recurrences: { key: string; recurrenceOf: string }[];
  medians: MedianComparison[];
}

const topN = 5;
const spans: [MedianComparison['metric'], keyof ReportIncident, keyof ReportIncident][] = [
  ['mttr', 'impactStartedAt', 'resolvedAt'],
  ['mttd', 'impactStartedAt', 'detectedAt'],
  ['mtta', 'detectedAt', 'acknowledgedAt'],
  ['mttm', 'impactStartedAt', 'mitigatedAt'],
];

/** Builds the {@link MonthlyReport} for the calendar month containing `inputs.at`. */
export function buildMonthlyReport(inputs: ReportInputs): MonthlyReport {
  const period = periodContaining('monthly', inputs.at);
  const previous = previousPeriod(period);
  const current = incidentsIn(period, inputs.incidents);
  const before = incidentsIn(previous, inputs.incidents);
  return {
    kind: 'monthly',
    period,
    previous,
    incidents: { current: current.length, previous: before.length },
    topTriggers: rank(current.map((incident) => (incident.trigger ? [incident.trigger] : []))),
    topRootCauses: rank(current.map((incident) => incident.rootCauses)),
    topServices: rank(current.map((incident) => incident.services)),
    recurrences: current
      .filter((incident) => incident.recurrenceOf !== null)
      .map((incident) => ({ key: incident.key, recurrenceOf: incident.recurrenceOf! })),
    medians: spans.map(([metric, from, to]) => {
      const now = durations(current, from, to);
      const then = durations(before, from, to);
      return {
        metric,
        current: median(now),
        currentN: now.length,
        previous: median(then),
        previousN: then.length,
      };
    }),
  };
}

/** Counts each name once per incident; most frequent first, ties by name; top 5. */
export function rank(namesPerIncident: readonly (readonly string[])[]): RankedCount[] {
  const counts = new Map<string, number>();
  for (const names of namesPerIncident) {
    for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, topN);
}

function durations(
  incidents: readonly ReportIncident[],
  from: keyof ReportIncident,
  to: keyof ReportIncident,
): number[] {
  const seconds = incidents.map((incident) =>
    secondsBetween(incident[from] as string | null, incident[to] as string | null),
  );
  return seconds.filter((value): value is number => value !== null).sort((a, b) => a - b);
}

function median(sorted: readonly number[]): number | null {
  return sorted.length === 0 ? null : percentileOfSorted(sorted, 0.5);
}
