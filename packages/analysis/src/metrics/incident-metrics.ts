import type { ActionPriority } from '@aftermath/domain';
import type { DurationMetric } from './duration-metric';
import type { IncidentFrequency } from './incident-frequency';
import type { RateMetric } from './rate-metric';

/**
 * Telemetry coverage (M10): incidents whose evidence comes from two or more source kinds with no
 * telemetry gap, and log/trace timeline entries that carry a trace id.
 */
export interface TelemetryCoverage {
  multiSourceNoGaps: RateMetric;
  traceIds: RateMetric;
}

/**
 * The M1–M10 metrics over the incidents inside a filter; definitions in docs/metrics.md. Durations
 * are in seconds, rates are fractions 0…1.
 *
 * @example
 * metrics.mttr; // { n: 42, median: 3120, p90: 14400, mean: 5210, excluded: 3, smallSample: false, histogram: [...] }
 */
export interface IncidentMetrics {
  /** Incidents inside the filter (before any per-metric exclusion). */
  incidents: number;
  /** M1: impact start → resolved, and impact start → mitigated. */
  mttr: DurationMetric;
  mttm: DurationMetric;
  /** M2: impact start → detected, and detected → acknowledged. */
  mttd: DurationMetric;
  mtta: DurationMetric;
  /** M3: incidents per ISO week, per month and per service. */
  frequency: IncidentFrequency;
  /** M4: share of incidents followed by a similar one within 90 days. */
  recurrence: RateMetric;
  /** M5: share of quality-checklist items passed, pooled over postmortems (`n` counts items). */
  rcaCompleteness: RateMetric;
  /** M6: share of due actions closed by their due date (the policy's SLA unless set by hand). */
  actionClosure: RateMetric;
  /** M6 per action priority: P0 actions have the tightest SLA and deserve their own figure. */
  actionClosureByPriority: Record<ActionPriority, RateMetric>;
  /** M7: share of SLOs meeting their objective. */
  sloCompliance: RateMetric;
  /** M8: share of the error budget spent, over the SLOs. */
  errorBudgetBurn: RateMetric;
  /** M9: resolved → postmortem published. */
  postmortemLag: DurationMetric;
  /** M10: evidence breadth without gaps, and trace ids on logs and traces. */
  telemetryCoverage: TelemetryCoverage;
}
