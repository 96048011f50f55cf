import { metricsFilterInput } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';

/**
 * A histogram bucket of durations in seconds: `fromSeconds ≤ d < toSeconds` (null = open-ended).
 *
 * @example
 * // { "fromSeconds": 3600, "toSeconds": 7200, "label": "1h–2h", "count": 4 }
 */
export const histogramBucket = z.object({
  fromSeconds: z.number(),
  toSeconds: z.number().nullable(),
  label: z.string(),
  count: z.number().int(),
});

/**
 * A duration metric in seconds: sample size, median and p90 (linear interpolation), the mean
 * beside them, incidents left out for a missing milestone, the small-sample flag (n < 10) and the
 * histogram. Statistics are null when n is 0.
 *
 * @example
 * // { "n": 42, "median": 3120, "p90": 14400, "mean": 5210, "excluded": 3, "smallSample": false, "histogram": [...] }
 */
export const durationMetric = z.object({
  n: z.number().int(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
  mean: z.number().nullable(),
  excluded: z.number().int(),
  smallSample: z.boolean(),
  histogram: z.array(histogramBucket),
});

/**
 * A share 0…1 (`count / n`), null with a `reason` when nothing qualifies or the source is missing.
 *
 * @example
 * // { "n": 40, "count": 31, "rate": 0.775, "excluded": 3, "reason": null }
 */
export const rateMetric = z.object({
  n: z.number().int(),
  count: z.number(),
  rate: z.number().nullable(),
  excluded: z.number().int(),
  reason: z.string().nullable(),
});

const periodCount = z.object({ period: z.string(), start: z.string(), count: z.number().int() });

/**
 * The answer of `GET /api/v1/metrics` and `aftermath metrics --json`: M1–M10 over the incidents
 * inside the filter (definitions in docs/metrics.md).
 */
export const incidentMetrics = z.object({
  incidents: z.number().int(),
  mttr: durationMetric,
  mttm: durationMetric,
  mttd: durationMetric,
  mtta: durationMetric,
  frequency: z.object({
    perWeek: z.array(periodCount),
    perMonth: z.array(periodCount),
    perService: z.array(z.object({ service: z.string(), count: z.number().int() })),
    withoutService: z.number().int(),
    excluded: z.number().int(),
  }),
  recurrence: rateMetric,
  rcaCompleteness: rateMetric,
  actionClosure: rateMetric,
  actionClosureByPriority: z.object({
    P0: rateMetric,
    P1: rateMetric,
    P2: rateMetric,
    P3: rateMetric,
  }),
  sloCompliance: rateMetric,
  errorBudgetBurn: rateMetric,
  postmortemLag: durationMetric,
  telemetryCoverage: z.object({ multiSourceNoGaps: rateMetric, traceIds: rateMetric }),
});
export type IncidentMetricsBody = z.infer<typeof incidentMetrics>;

/**
 * Incident metrics, filtered by impact-start range (`from`/`to` days inclusive, or instants),
 * service, team, severity and type.
 *
 * @example
 * const metrics = await client.getMetrics({ query: { from: '2026-01-01', severity: 'SEV1' } });
 */
export const metricsRoutes = {
  getMetrics: defineRoute({
    method: 'GET',
    path: '/api/v1/metrics',
    summary:
      'Incident metrics M1–M10: MTTR, MTTM, MTTD, MTTA (n, median, p90, mean, histogram, in seconds), frequency, recurrence, RCA completeness, action closure, SLO compliance, error-budget burn, postmortem lag, telemetry coverage',
    tag: 'metrics',
    query: metricsFilterInput,
    response: incidentMetrics,
  }),
} as const;
