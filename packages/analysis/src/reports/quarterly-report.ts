import type { ReportInputs } from './report-inputs';
import { incidentsIn, periodContaining, type ReportPeriod } from './report-period';

/** One SLO objective at the report's instant: compliant while its error budget is not overspent. */
export interface SloCompliance {
  name: string;
  service: string;
  target: number;
  budgetRemaining: number | null;
  /** Null when there is no SLI data to judge by. */
  compliant: boolean | null;
}

/**
 * How the quarter's incidents fared against the postmortem policy: how many needed a full
 * postmortem, how many of those have one (any status) and how many are published, and where
 * their final (publication) deadlines stand.
 */
export interface PolicyReview {
  incidents: number;
  requiredFull: number;
  withPostmortem: number;
  published: number;
  deadlines: { met: number; due: number; overdue: number };
  /** Incidents that needed a full postmortem and have none, by key. */
  missing: string[];
}

/**
 * The quarterly review: SLO compliance per objective and the policy review.
 *
 * @example buildQuarterlyReport(inputs).policy // { requiredFull: 3, withPostmortem: 2, … }
 */
export interface QuarterlyReport {
  kind: 'quarterly';
  period: ReportPeriod;
  slos: SloCompliance[];
  policy: PolicyReview;
}

const publishedStatuses = new Set(['published', 'closed']);

/** Builds the {@link QuarterlyReport} for the calendar quarter containing `inputs.at`. */
export function buildQuarterlyReport(inputs: ReportInputs): QuarterlyReport {
  const period = periodContaining('quarterly', inputs.at);
  const incidents = incidentsIn(period, inputs.incidents);
  const required = incidents.filter((incident) => incident.requirement === 'full');
  const deadlines = { met: 0, due: 0, overdue: 0 };
  for (const incident of required) {
    if (incident.finalDeadline !== null) deadlines[incident.finalDeadline] += 1;
  }
  return {
    kind: 'quarterly',
    period,
    slos: [...inputs.slos]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((slo) => ({
        name: slo.name,
        service: slo.service,
        target: slo.target,
        budgetRemaining: slo.budgetRemaining,
        compliant: slo.budgetRemaining === null ? null : slo.budgetRemaining >= 0,
      })),
    policy: {
      incidents: incidents.length,
      requiredFull: required.length,
      withPostmortem: required.filter((incident) => incident.postmortemStatus !== null).length,
      published: required.filter((incident) =>
        publishedStatuses.has(incident.postmortemStatus ?? ''),
      ).length,
      deadlines,
      missing: required
        .filter((incident) => incident.postmortemStatus === null)
        .map((incident) => incident.key),
    },
  };
}
