import type { IncidentType, Severity, Visibility } from '@aftermath/domain';
import type { NullableInt8 } from './database';

// Row type of the metrics summary (migration 2026-11-29T000700-metric-summaries).

/**
 * One row per incident with what M1–M10 read about it, kept in the transaction of every write
 * that changes it (`metrics-summary-hook.ts`). Durations are whole milliseconds, null when the
 * metric excludes the incident. `stale` > 0 means the facts only the application can work out
 * (the gap rule of telemetry coverage, the postmortem's checklist) must be worked out again;
 * each change of their inputs adds one, so a refresh that raced a write is not taken as current.
 */
export interface MetricSummaryTable {
  incident_key: string;
  number: number;
  visibility: Visibility;
  severity: Severity;
  type: IncidentType;
  impact_started_at: string | null;
  mttr_ms: NullableInt8;
  mttm_ms: NullableInt8;
  mttd_ms: NullableInt8;
  mtta_ms: NullableInt8;
  lag_ms: NullableInt8;
  published_at: string | null;
  service_count: number;
  has_postmortem: 0 | 1;
  /** Evidence formats (distinct); two or more may make two source kinds. */
  format_count: number;
  checklist_passed: number | null;
  checklist_total: number | null;
  /** Telemetry coverage: 1 two source kinds and no gap, 0 not, null no impact window. */
  covered: 0 | 1 | null;
  log_trace_entries: number;
  trace_id_entries: number;
  stale: number;
  /** What recurrence reads: the original named, the creation time, and 1 when in a link. */
  recurrence_of: string | null;
  created_at: string | null;
  linked: 0 | 1;
  /** The family's first incident (null outside a recurrence link); 1 when the incident recurred. */
  recurrence_root: string | null;
  recurred: 0 | 1;
}

/** The metrics summary table, merged into `Database`. */
export interface MetricSummaryTables {
  incident_metric_summaries: MetricSummaryTable;
}
