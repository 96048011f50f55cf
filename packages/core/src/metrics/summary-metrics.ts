import {
  countPerPeriodFromDays,
  durationBucketEdges,
  durationMetricFromFigures,
  newTally,
  percentileRanks,
  rankServiceCounts,
  type DurationMetric,
  type MetricsTally,
  type MetricsTotals,
} from '@aftermath/analysis';
import { actionPriority, type ActionPriority } from '@aftermath/domain';
import type { Repositories } from '../ports';
import type { MetricsScope, SummaryDuration, SummaryTotals } from './metrics.ports';

const DAY_MS = 86_400_000;
const bucketEdgesMs = durationBucketEdges.map((seconds) => seconds * 1000);

async function readDuration(
  repos: Repositories,
  scope: MetricsScope,
  totals: SummaryTotals,
  duration: SummaryDuration,
): Promise<DurationMetric> {
  const { n, sumMs, buckets } = totals.durations[duration];
  const values = await repos.metrics.readDurationsAtRanks(scope, duration, percentileRanks(n), {
    edgesMs: bucketEdgesMs,
    buckets,
  });
  return durationMetricFromFigures({
    n,
    sumMs,
    excluded: totals.incidents - n,
    bucketCounts: buckets,
    // Seconds as the in-memory path makes them, so the interpolation is the same arithmetic.
    valueAt: (rank) => (values.get(rank) ?? 0) / 1000,
  });
}

function actionTallies(totals: SummaryTotals) {
  const all = newTally();
  const byPriority = new Map<ActionPriority, MetricsTally>();
  for (const priority of actionPriority.options) {
    const count = totals.actions[priority];
    if (count === undefined) continue;
    byPriority.set(priority, { excluded: count.excluded, n: count.due, count: count.closedOnTime });
    all.excluded += count.excluded;
    all.n += count.due;
    all.count += count.closedOnTime;
  }
  return { all, byPriority };
}

/**
 * M1–M10 counted by the database over the summary table. Recurrence's count comes from the
 * summary unless a family holds an incident the reader may not see; then it is the caller's
 * (`recurred`: in-scope incidents judged and followed by a recurrence among what the reader sees).
 */
export async function readSummaryMetrics(
  repos: Repositories,
  scope: MetricsScope,
  asOf: string,
  recurrenceWindowMs: number,
  recurred: (judgedBefore: string) => Promise<number>,
): Promise<MetricsTotals> {
  const judgedBefore = new Date(Date.parse(asOf) - recurrenceWindowMs).toISOString();
  const totals = await repos.metrics.readSummaryTotals({
    ...scope,
    today: asOf.slice(0, 10),
    judgedBefore,
    bucketEdgesMs,
  });
  const duration = (d: SummaryDuration) => readDuration(repos, scope, totals, d);
  const [mttr, mttm, mttd, mtta, postmortemLag] = await Promise.all([
    duration('mttr'),
    duration('mttm'),
    duration('mttd'),
    duration('mtta'),
    duration('postmortemLag'),
  ]);
  const days = new Map<number, number>();
  let placed = 0;
  for (const [day, count] of totals.days) {
    days.set(Date.parse(`${day}T00:00:00.000Z`) / DAY_MS, count);
    placed += count;
  }
  const periods =
    totals.firstStart === null || totals.lastStart === null
      ? { perWeek: [], perMonth: [] }
      : countPerPeriodFromDays(days, Date.parse(totals.firstStart), Date.parse(totals.lastStart));
  const { incidents } = totals;
  const actions = actionTallies(totals);
  return {
    incidents,
    durations: { mttr, mttm, mttd, mtta, postmortemLag },
    frequency: {
      ...periods,
      perService: rankServiceCounts(totals.perService),
      withoutService: totals.withoutService,
      excluded: incidents - placed,
    },
    recurrence: {
      n: totals.judged,
      count: totals.recurred ?? (await recurred(judgedBefore)),
      excluded: incidents - totals.judged,
    },
    rca: {
      n: totals.checklist.total,
      count: totals.checklist.passed,
      excluded: incidents - totals.checklist.incidents,
    },
    actions: actions.all,
    actionsByPriority: actions.byPriority,
    multiSource: {
      n: totals.coverage.n,
      count: totals.coverage.covered,
      excluded: incidents - totals.coverage.n,
    },
    traceIds: { n: totals.traceIds.entries, count: totals.traceIds.withTraceId, excluded: 0 },
  };
}
