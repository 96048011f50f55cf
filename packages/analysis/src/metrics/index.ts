export { percentileOfSorted, percentileAtRanks, meanOf } from './percentile';
export { durationBucketEdges, buildDurationHistogram, histogramFromCounts } from './histogram';
export type { HistogramBucket } from './histogram';
export {
  smallSampleThreshold,
  summarizeDurations,
  secondsBetween,
  durationMetricFromFigures,
  percentileRanks,
} from './duration-metric';
export type { DurationMetric, DurationFigures } from './duration-metric';
export { buildRate, unavailableRate } from './rate-metric';
export type { RateMetric } from './rate-metric';
export { isoWeekOf, countPerPeriod, countPerPeriodFromDays } from './incident-frequency';
export type { IncidentFrequency, PeriodCount, ServiceCount } from './incident-frequency';
export { evidenceSourceKinds, countSourceKinds } from './source-kinds';
export type { EvidenceSourceKind } from './source-kinds';
export type { ActionFacts, ChecklistFacts, IncidentFacts, TelemetryFacts } from './incident-facts';
export { countActionClosure, noActionClosure } from './action-closure';
export type { ActionClosureCount, ActionClosureCounts } from './action-closure';
export { matchesMetricsFilter } from './metrics-filter';
export type { MetricsFilter } from './metrics-filter';
export type { IncidentMetrics, TelemetryCoverage } from './incident-metrics';
export { MetricsAccumulator, recurrenceWindowDays } from './metrics-accumulator';
export type { MetricsOptions } from './metrics-accumulator';
export { assembleIncidentMetrics, newTally, rankServiceCounts } from './metrics-assembly';
export type { MetricsTally, MetricsTotals, MetricsSources } from './metrics-assembly';
export { summarizeSloBudgets } from './slo-metrics';
export type { SloBudgetFacts } from './slo-metrics';
