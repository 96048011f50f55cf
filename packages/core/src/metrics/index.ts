export { computeMetrics } from './compute-metrics';
export { recordPostmortemPublished, readPublishTimes } from './publish-times';
