export type {
  ReportAction,
  ReportIncident,
  ReportInputs,
  ReportPeriodKind,
  ReportSlo,
} from './report-inputs';
export { periodContaining, previousPeriod, incidentsIn } from './report-period';
export type { ReportPeriod } from './report-period';
export type { ActionGroup, WeeklyReport } from './weekly-report';
export type { MedianComparison, MonthlyReport, RankedCount } from './monthly-report';
export type { PolicyReview, QuarterlyReport, SloCompliance } from './quarterly-report';
export { buildReviewReport } from './build-review-report';
export { renderReportMarkdown } from './render-report';
export { renderReportHtml } from './render-report-html';
export type { ReviewReport } from './render-report';
export { markdownTable } from './markdown-table';
