export type { SloRepository } from './slo.ports';
export {
  importOpenSlo,
  saveSlo,
  updateSlo,
  deleteSlo,
  listSlos,
  getSlo,
  getVersionedSlo,
  type VersionedSlo,
} from './slo-definitions';
export type { SloImportResult } from './slo-definitions';
export { computeSloStatus, evaluateSlo } from './slo-status';
export type { SloStatus } from './slo-status';
export { importSli } from './sli-import';
export type { SliFormat, SliImportOptions, SliImportResult } from './sli-import';
export { computeSloImpact } from './slo-impact';
export type { SloImpact, SloImpactItem } from './slo-impact';
export { openIncidentOnPage, SLO_TRIGGERED_TAG } from './slo-incidents';
export {
  setPrometheusSource,
  getPrometheusSource,
  listPrometheusSources,
  pollPrometheusSli,
} from './prometheus-source';
export type { PrometheusClient, PrometheusSourceConfig } from './prometheus-source';
export { startSloPolling } from './slo-polling';
export { getIncidentSliSeries } from './incident-sli-series';
export type { IncidentSliSeries, SliSeriesOptions, SloSeries } from './incident-sli-series';
export type { SloPolling, SloPollingOptions } from './slo-polling';
export { sliSeriesNames } from '@aftermath/importers';
export type { SliSeries } from '@aftermath/importers';
