export { computeMetrics } from './compute-metrics';
export { refreshSummaryFacts } from './refresh-summary-facts';
export { RecurrenceFamilies } from './recurrence-families';
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
  RecurrenceMember,
  StaleSummary,
  SummaryDuration,
  SummaryFacts,
  SummaryQuery,
  SummaryTotals,
} from './metrics.ports';
