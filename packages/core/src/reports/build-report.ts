import { buildReviewReport, type ReportPeriodKind, type ReviewReport } from '@aftermath/analysis';
import type { Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { readReportInputs } from './report-inputs';
import { readReportTime } from './report-time';

/**
 * The weekly, monthly or quarterly review for the period containing `at` (a day or an ISO time;
 * default now), over the incidents the principal may read. Render it with `renderReportMarkdown`.
 *
 * @example const report = await buildReport(ctx, principal, 'weekly', '2026-11-27'); report.overdue
 */
export async function buildReport(
  ctx: Context,
  principal: Principal,
  period: ReportPeriodKind,
  at?: string,
): Promise<ReviewReport> {
  authorize(principal, 'incident.read');
  const instant = readReportTime(ctx, at);
  const inputs = await readReportInputs(ctx, principal, period, instant);
  return buildReviewReport(period, { at: instant, ...inputs });
}
