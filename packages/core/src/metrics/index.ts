export { computeMetrics } from './compute-metrics';
export { recordPostmortemPublished, readPublishTimes } from './publish-times';
export type {
  ActionClosureTally,
  IncidentAggregate,
  MetricsPageQuery,
  MetricsRepository,
} from './metrics.ports';
