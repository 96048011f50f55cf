export { computeMetrics } from './compute-metrics';
export { refreshSummaryFacts } from './refresh-summary-facts';
export {
  recordPostmortemPublished,
  readPublishTimes,
  postmortemPublishedAtSetting,
} from './publish-times';
export type {
  ActionClosureTally,
  DurationCounts,
  MetricsRepository,
  MetricsScope,
  StaleSummary,
  SummaryDuration,
  SummaryFacts,
  SummaryQuery,
  SummaryTotals,
} from './metrics.ports';
