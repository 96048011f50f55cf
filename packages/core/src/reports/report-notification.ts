import { renderReportMarkdown, type ReviewReport } from '@aftermath/analysis';
import type { NotificationEventInput } from '@aftermath/domain';

/** A notification body holds at most this many characters; a longer report is cut with a note. */
const maxBody = 20_000;

/** The `report` notification of a review: its Markdown, cut to fit a notification body. */
export function reportNotification(report: ReviewReport): NotificationEventInput {
  const markdown = renderReportMarkdown(report);
  const body =
    markdown.length <= maxBody
      ? markdown
      : `${markdown.slice(0, maxBody - 60)}\n\n… (cut; run aftermath report for all of it)`;
  return {
    kind: 'report',
    title: `Aftermath ${report.period.kind} review ${report.period.label}`,
    body,
    facts: { period: report.period.label },
  };
}
