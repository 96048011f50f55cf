export { readSliCsv } from './read-sli-csv';
export { readPrometheusMatrix } from './read-prometheus-matrix';
export { readSliInstant, sliSeriesNames } from './sli-series';
export type { SliSeries } from './sli-series';
