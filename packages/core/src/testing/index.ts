// Test support (`@aftermath/core/testing`): references the tests and benchmarks compare production
// code with. Nothing in the production code paths imports this entry.
export { computeMetricsOneByOne } from './compute-metrics-one-by-one';
