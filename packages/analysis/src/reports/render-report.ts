import { formatSeconds, formatShare, markdownTable } from './markdown-table';
import type { MonthlyReport } from './monthly-report';
import type { QuarterlyReport } from './quarterly-report';
import type { ReportAction } from './report-inputs';
import type { WeeklyReport } from './weekly-report';

/** Any of the three review reports. */
export type ReviewReport = WeeklyReport | MonthlyReport | QuarterlyReport;

/**
 * The report as Markdown: a title with the period, then one section per part of the review.
 *
 * @example renderReportMarkdown(buildWeeklyReport(inputs)).split('\n')[0] // '# Weekly review 2026-W48'
 */
export function renderReportMarkdown(report: ReviewReport): string {
  const title = `${report.kind[0]!.toUpperCase()}${report.kind.slice(1)} review ${report.period.label}`;
  const range = `${report.period.start.slice(0, 10)} to ${report.period.end.slice(0, 10)} (UTC, end exclusive)`;
  const body =
    report.kind === 'weekly'
      ? renderWeekly(report)
      : report.kind === 'monthly'
        ? renderMonthly(report)
        : renderQuarterly(report);
  return [`# ${title}`, '', range, '', ...body].join('\n') + '\n';
}

function actionRows(actions: readonly ReportAction[]): string[][] {
  return actions.map((a) => [
    a.dueDate ?? '',
    a.id,
    a.incidentKey,
    a.owner ?? '(no owner)',
    a.title,
  ]);
}

function renderWeekly(report: WeeklyReport): string[] {
  const actionHeader = ['Due', 'Action', 'Incident', 'Owner', 'Title'];
  const groupRows = (groups: WeeklyReport['byOwner']) =>
    groups.map((g) => [g.name, String(g.dueThisWeek), String(g.overdue)]);
  return [
    `## Actions overdue (${report.overdue.length})`,
    '',
    markdownTable(actionHeader, actionRows(report.overdue)),
    '',
    `## Actions due this week (${report.dueThisWeek.length})`,
    '',
    markdownTable(actionHeader, actionRows(report.dueThisWeek)),
    '',
    '## By owner',
    '',
    markdownTable(['Owner', 'Due this week', 'Overdue'], groupRows(report.byOwner)),
    '',
    '## By team',
    '',
    markdownTable(['Team', 'Due this week', 'Overdue'], groupRows(report.byTeam)),
    '',
    '## SLO burn',
    '',
    markdownTable(
      ['SLO', 'Service', 'Alert', 'Budget remaining'],
      report.slos.map((s) => [s.name, s.service, s.alert, formatShare(s.budgetRemaining)]),
    ),
  ];
}

function renderMonthly(report: MonthlyReport): string[] {
  const ranked = (rows: MonthlyReport['topTriggers']) => rows.map((r) => [r.name, String(r.count)]);
  return [
    '## Incidents',
    '',
    `${report.incidents.current} this month, ${report.incidents.previous} in ${report.previous.label}.`,
    '',
    '## Time to detect, acknowledge, mitigate, resolve (medians)',
    '',
    markdownTable(
      ['Metric', 'This month', 'n', report.previous.label, 'n'],
      report.medians.map((m) => [
        m.metric.toUpperCase(),
        formatSeconds(m.current),
        String(m.currentN),
        formatSeconds(m.previous),
        String(m.previousN),
      ]),
    ),
    '',
    '## Top triggers',
    '',
    markdownTable(['Trigger', 'Incidents'], ranked(report.topTriggers)),
    '',
    '## Top root causes',
    '',
    markdownTable(['Root cause', 'Incidents'], ranked(report.topRootCauses)),
    '',
    '## Top services',
    '',
    markdownTable(['Service', 'Incidents'], ranked(report.topServices)),
    '',
    `## Recurrences (${report.recurrences.length})`,
    '',
    markdownTable(
      ['Incident', 'Recurrence of'],
      report.recurrences.map((r) => [r.key, r.recurrenceOf]),
    ),
  ];
}

function renderQuarterly(report: QuarterlyReport): string[] {
  const { policy } = report;
  const verdict = (compliant: boolean | null) =>
    compliant === null ? 'no data' : compliant ? 'met' : 'missed';
  return [
    '## SLO compliance',
    '',
    markdownTable(
      ['SLO', 'Service', 'Target', 'Budget remaining', 'Objective'],
      report.slos.map((s) => [
        s.name,
        s.service,
        formatShare(s.target),
        formatShare(s.budgetRemaining),
        verdict(s.compliant),
      ]),
    ),
    '',
    '## Policy review',
    '',
    markdownTable(
      ['Measure', 'Count'],
      [
        ['Incidents', String(policy.incidents)],
        ['Required a full postmortem', String(policy.requiredFull)],
        ['… and have one', String(policy.withPostmortem)],
        ['… published', String(policy.published)],
        ['Final deadline met', String(policy.deadlines.met)],
        ['Final deadline still ahead', String(policy.deadlines.due)],
        ['Final deadline overdue', String(policy.deadlines.overdue)],
      ],
    ),
    '',
    policy.missing.length === 0
      ? 'Every incident that required a full postmortem has one.'
      : `Missing full postmortems: ${policy.missing.join(', ')}.`,
  ];
}
