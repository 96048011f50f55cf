import type { AlertState } from '../slo/burn-rate';

/** Which review: the ISO week, the calendar month or the calendar quarter (all UTC). */
export type ReportPeriodKind = 'weekly' | 'monthly' | 'quarterly';

/**
 * One incident as a report needs it. Times are UTC ISO strings or null. `trigger` and
 * `rootCauses` are the postmortem's RCA codes; `requirement` is the policy's decision and
 * `finalDeadline` where its final (publication) deadline stands, null when there is none.
 *
 * @example
 * { key: 'INC-1', severity: 'SEV2', services: ['checkout'], impactStartedAt: '2026-11-02T10:00:00.000Z', … }
 */
export interface ReportIncident {
  key: string;
  title: string;
  severity: string;
  services: string[];
  impactStartedAt: string | null;
  detectedAt: string | null;
  acknowledgedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  /** When the incident was recorded; the period is chosen by impact start, else this. */
  createdAt: string;
  recurrenceOf: string | null;
  trigger: string | null;
  rootCauses: string[];
  requirement: 'full' | 'lightweight' | 'none';
  postmortemStatus: string | null;
  finalDeadline: 'met' | 'due' | 'overdue' | null;
}

/**
 * One action item: `dueDate` is a calendar day (YYYY-MM-DD) or null, `teams` the owning teams of
 * its incident's services.
 *
 * @example { id: 'A-1', incidentKey: 'INC-1', title: 'Add alert', owner: 'ana', teams: ['payments'], dueDate: '2026-11-20', status: 'open' }
 */
export interface ReportAction {
  id: string;
  incidentKey: string;
  title: string;
  owner: string | null;
  teams: string[];
  dueDate: string | null;
  status: string;
}

/**
 * One SLO objective's state at the report's instant: alert state and error budget as fractions of
 * the budget (`remaining` 1 = untouched, below 0 = overspent).
 *
 * @example { name: 'checkout-availability', service: 'checkout', target: 0.999, alert: 'ok', budgetRemaining: 0.62 }
 */
export interface ReportSlo {
  name: string;
  service: string;
  target: number;
  alert: AlertState;
  budgetRemaining: number | null;
}

/** Everything a report is built from; `at` is any UTC ISO instant inside the reported period. */
export interface ReportInputs {
  at: string;
  incidents: readonly ReportIncident[];
  actions: readonly ReportAction[];
  slos: readonly ReportSlo[];
}
