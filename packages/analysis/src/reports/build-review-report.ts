import { buildMonthlyReport } from './monthly-report';
import { buildQuarterlyReport } from './quarterly-report';
import type { ReviewReport } from './render-report';
import type { ReportInputs, ReportPeriodKind } from './report-inputs';
import { buildWeeklyReport } from './weekly-report';

/**
 * The review report of `kind` for the period containing `inputs.at`.
 *
 * @example buildReviewReport('monthly', inputs).incidents // { current: 4, previous: 2 }
 */
export function buildReviewReport(kind: ReportPeriodKind, inputs: ReportInputs): ReviewReport {
  if (kind === 'weekly') return buildWeeklyReport(inputs);
  if (kind === 'monthly') return buildMonthlyReport(inputs);
  return buildQuarterlyReport(inputs);
}
