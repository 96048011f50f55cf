import { describe, expect, it } from 'vitest';
import {
  buildReviewReport,
  periodContaining,
  renderReportHtml,
  renderReportMarkdown,
} from './index';
import type { ReportAction, ReportIncident, ReportInputs } from './report-inputs';
import type { MonthlyReport } from './monthly-report';
import type { QuarterlyReport } from './quarterly-report';
import type { WeeklyReport } from './weekly-report';

const incident = (
  key: string,
  start: string,
  extra: Partial<ReportIncident> = {},
): ReportIncident => ({
  key,
  title: `Incident ${key}`,
  severity: 'SEV2',
  services: ['checkout'],
  impactStartedAt: start,
  detectedAt: null,
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  createdAt: start,
  recurrenceOf: null,
  trigger: null,
  rootCauses: [],
  requirement: 'none',
  postmortemStatus: null,
  finalDeadline: null,
  ...extra,
});
const action = (
  id: string,
  dueDate: string | null,
  extra: Partial<ReportAction> = {},
): ReportAction => ({
  id,
  incidentKey: 'INC-1',
  title: `Action ${id}`,
  owner: 'ana',
  teams: ['payments'],
  dueDate,
  status: 'open',
  ...extra,
});
const hours = (start: string, h: number) =>
  new Date(Date.parse(start) + h * 3_600_000).toISOString();

describe('periodContaining', () => {
  it.each([
    ['weekly', '2026-11-27T01:00:00.000Z', '2026-W48', '2026-11-23', '2026-11-30'],
    ['weekly', '2026-01-01T12:00:00.000Z', '2026-W01', '2025-12-29', '2026-01-05'],
    ['weekly', '2026-11-29T23:59:59.000Z', '2026-W48', '2026-11-23', '2026-11-30'],
    ['monthly', '2026-11-27T01:00:00.000Z', '2026-11', '2026-11-01', '2026-12-01'],
    ['monthly', '2026-12-31T23:00:00.000Z', '2026-12', '2026-12-01', '2027-01-01'],
    ['quarterly', '2026-11-27T01:00:00.000Z', '2026-Q4', '2026-10-01', '2027-01-01'],
    ['quarterly', '2026-02-10T00:00:00.000Z', '2026-Q1', '2026-01-01', '2026-04-01'],
  ] as const)('%s at %s is %s [%s, %s)', (kind, at, label, start, end) => {
    const period = periodContaining(kind, at);
    expect(period).toMatchObject({ label });
    expect(period.start.slice(0, 10)).toBe(start);
    expect(period.end.slice(0, 10)).toBe(end);
  });
});

describe('weekly report', () => {
  const inputs: ReportInputs = {
    at: '2026-11-25T09:00:00.000Z', // Wednesday of 2026-W48 (Mon 23 – Sun 29)
    incidents: [],
    actions: [
      action('A-1', '2026-11-25'),
      action('A-2', '2026-11-29', { owner: null, teams: [] }),
      action('A-3', '2026-11-24', { owner: 'bo' }),
      action('A-4', '2026-11-01'),
      action('A-5', '2026-11-30'),
      action('A-6', '2026-11-10', { status: 'done' }),
      action('A-7', null),
    ],
    slos: [
      { name: 'api', service: 'checkout', target: 0.999, alert: 'page', budgetRemaining: -0.2 },
    ],
  };
  const report = buildReviewReport('weekly', inputs) as WeeklyReport;

  it('lists open actions due from today to Sunday, and those due before today as overdue', () => {
    expect(report.dueThisWeek.map((a) => a.id)).toEqual(['A-1', 'A-2']);
    expect(report.overdue.map((a) => a.id)).toEqual(['A-4', 'A-3']);
  });

  it('counts per owner and team, most overdue first', () => {
    expect(report.byOwner).toEqual([
      { name: 'ana', dueThisWeek: 1, overdue: 1 },
      { name: 'bo', dueThisWeek: 0, overdue: 1 },
      { name: '(no owner)', dueThisWeek: 1, overdue: 0 },
    ]);
    expect(report.byTeam).toEqual([
      { name: 'payments', dueThisWeek: 1, overdue: 2 },
      { name: '(no team)', dueThisWeek: 1, overdue: 0 },
    ]);
  });

  it('renders the SLO alert state and escapes pipes in titles', () => {
    const markdown = renderReportMarkdown(
      buildReviewReport('weekly', {
        ...inputs,
        actions: [action('A-9', '2026-11-26', { title: 'fix a | b' })],
      }),
    );
    expect(markdown).toContain('# Weekly review 2026-W48');
    expect(markdown).toContain('| api | checkout | page | -20.0% |');
    expect(markdown).toContain('fix a \\| b');
  });
});

describe('monthly report', () => {
  const nov = '2026-11-10T10:00:00.000Z';
  const oct = '2026-10-10T10:00:00.000Z';
  const inputs: ReportInputs = {
    at: '2026-11-27T00:00:00.000Z',
    actions: [],
    slos: [],
    incidents: [
      incident('INC-1', nov, {
        resolvedAt: hours(nov, 1),
        trigger: 'deploy',
        rootCauses: ['config', 'testing'],
      }),
      incident('INC-2', nov, {
        resolvedAt: hours(nov, 3),
        trigger: 'deploy',
        rootCauses: ['config'],
        services: ['checkout', 'search'],
      }),
      incident('INC-3', nov, {
        resolvedAt: hours(nov, 5),
        trigger: 'traffic',
        recurrenceOf: 'INC-0',
        services: [],
      }),
      incident('INC-0', oct, { resolvedAt: hours(oct, 10) }),
      incident('INC-X', '2026-12-01T00:00:00.000Z'),
    ],
  };
  const report = buildReviewReport('monthly', inputs) as MonthlyReport;

  it.each([
    ['incidents', { current: 3, previous: 1 }],
    [
      'topTriggers',
      [
        { name: 'deploy', count: 2 },
        { name: 'traffic', count: 1 },
      ],
    ],
    [
      'topRootCauses',
      [
        { name: 'config', count: 2 },
        { name: 'testing', count: 1 },
      ],
    ],
    [
      'topServices',
      [
        { name: 'checkout', count: 2 },
        { name: 'search', count: 1 },
      ],
    ],
    ['recurrences', [{ key: 'INC-3', recurrenceOf: 'INC-0' }]],
  ] as const)('%s', (field, expected) => {
    expect(report[field]).toEqual(expected);
  });

  it('compares MTTR medians with the previous month (3 h vs 10 h) and keeps n', () => {
    expect(report.medians.find((m) => m.metric === 'mttr')).toEqual({
      metric: 'mttr',
      current: 10_800,
      currentN: 3,
      previous: 36_000,
      previousN: 1,
    });
    expect(renderReportMarkdown(report)).toContain('| MTTR | 3.0h | 3 | 10.0h | 1 |');
  });
});

describe('quarterly report', () => {
  const q4 = '2026-10-05T00:00:00.000Z';
  const report = buildReviewReport('quarterly', {
    at: '2026-12-31T00:00:00.000Z',
    actions: [],
    slos: [
      { name: 'b', service: 's', target: 0.99, alert: 'ok', budgetRemaining: 0.4 },
      { name: 'a', service: 's', target: 0.999, alert: 'ticket', budgetRemaining: -0.1 },
      { name: 'c', service: 's', target: 0.9, alert: 'ok', budgetRemaining: null },
    ],
    incidents: [
      incident('INC-1', q4, {
        requirement: 'full',
        postmortemStatus: 'published',
        finalDeadline: 'met',
      }),
      incident('INC-2', q4, {
        requirement: 'full',
        postmortemStatus: 'draft',
        finalDeadline: 'overdue',
      }),
      incident('INC-3', q4, { requirement: 'full', finalDeadline: 'overdue' }),
      incident('INC-4', q4, { requirement: 'lightweight' }),
      incident('INC-5', '2026-09-30T23:00:00.000Z', { requirement: 'full' }),
    ],
  }) as QuarterlyReport;

  it('judges each SLO by its remaining budget, null without data', () => {
    expect(report.slos.map((s) => [s.name, s.compliant])).toEqual([
      ['a', false],
      ['b', true],
      ['c', null],
    ]);
  });

  it('reviews the policy: required, got one, published, deadlines, missing', () => {
    expect(report.policy).toEqual({
      incidents: 4,
      requiredFull: 3,
      withPostmortem: 2,
      published: 1,
      deadlines: { met: 1, due: 0, overdue: 2 },
      missing: ['INC-3'],
    });
    expect(renderReportMarkdown(report)).toContain('Missing full postmortems: INC-3.');
  });
});

describe('renderReportHtml', () => {
  it('renders the Markdown as a sanitized page: tables become HTML, raw HTML in titles is escaped', () => {
    const html = renderReportHtml(
      buildReviewReport('weekly', {
        at: '2026-11-25T09:00:00.000Z',
        incidents: [],
        slos: [],
        actions: [action('A-1', '2026-11-26', { title: '<script>alert(1)</script>' })],
      }),
    );
    expect(html).toContain('<title>Weekly review 2026-W48</title>');
    expect(html).toContain('<td>A-1</td>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });
});
