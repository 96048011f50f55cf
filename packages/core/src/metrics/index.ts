export { computeMetrics } from './compute-metrics';
export { computeMetricsOneByOne } from './compute-metrics-one-by-one';
export { recordPostmortemPublished, readPublishTimes } from './publish-times';
export type {
  ActionClosureTally,
  IncidentAggregate,
  MetricsPageQuery,
  MetricsRepository,
} from './metrics.ports';
