import type { RouteOutput, routes } from '@aftermath/contract';

/** The answer of `GET /api/v1/metrics`, as the contract defines it. */
export type IncidentMetricsBody = RouteOutput<(typeof routes)['getMetrics']>;
export type DurationMetric = IncidentMetricsBody['mttr'];
export type RateMetric = IncidentMetricsBody['recurrence'];
export type HistogramBucket = DurationMetric['histogram'][number];
export type PeriodCount = IncidentMetricsBody['frequency']['perMonth'][number];
