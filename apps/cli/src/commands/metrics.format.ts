import type { DurationMetric, IncidentMetrics, RateMetric } from '@aftermath/analysis';

/** `formatDuration(3720)` is `1h 02m`: two units at most, rounded to the second. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  if (s < 86_400)
    return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(s / 86_400)}d ${String(Math.floor((s % 86_400) / 3600)).padStart(2, '0')}h`;
}

const durationRows: Array<[string, (m: IncidentMetrics) => DurationMetric]> = [
  ['MTTR  impact → resolved', (m) => m.mttr],
  ['MTTM  impact → mitigated', (m) => m.mttm],
  ['MTTD  impact → detected', (m) => m.mttd],
  ['MTTA  detected → acked', (m) => m.mtta],
  ['Postmortem lag', (m) => m.postmortemLag],
];

const rateRows: Array<[string, (m: IncidentMetrics) => RateMetric]> = [
  ['Recurrence within 90 days', (m) => m.recurrence],
  ['RCA completeness', (m) => m.rcaCompleteness],
  ['Actions closed by due date', (m) => m.actionClosure],
  ...(['P0', 'P1', 'P2', 'P3'] as const).map((p): [string, (m: IncidentMetrics) => RateMetric] => [
    `  ${p} actions closed by due`,
    (m) => m.actionClosureByPriority[p],
  ]),
  ['SLO compliance', (m) => m.sloCompliance],
  ['Error budget burned', (m) => m.errorBudgetBurn],
  ['Evidence ≥ 2 kinds, no gaps', (m) => m.telemetryCoverage.multiSourceNoGaps],
  ['Log/trace entries w/ trace id', (m) => m.telemetryCoverage.traceIds],
];

function durationLine(label: string, metric: DurationMetric): string {
  const cells = [
    label.padEnd(26),
    String(metric.n).padStart(5),
    formatDuration(metric.median).padStart(9),
    formatDuration(metric.p90).padStart(9),
    `(${formatDuration(metric.mean)})`.padStart(11),
    String(metric.excluded).padStart(9),
  ];
  const warning = metric.n > 0 && metric.smallSample ? `  ! small sample (n=${metric.n})` : '';
  return cells.join(' ') + warning;
}

function rateLine(label: string, metric: RateMetric): string {
  const rate = metric.rate === null ? '—' : `${(metric.rate * 100).toFixed(1)}%`;
  const cells = [
    label.padEnd(30),
    rate.padStart(7),
    `${metric.count}/${metric.n}`.padStart(12),
    String(metric.excluded).padStart(9),
  ];
  return cells.join(' ') + (metric.reason ? `  (${metric.reason})` : '');
}

/**
 * The metrics as a terminal report: durations with n, median and p90 first and the mean in
 * parentheses after them, rates with their counts, and frequency per month and per service.
 */
export function formatMetricsText(metrics: IncidentMetrics): string {
  const lines = [
    `Incidents in scope: ${metrics.incidents}`,
    '',
    `${'DURATION'.padEnd(26)} ${'n'.padStart(5)} ${'median'.padStart(9)} ${'p90'.padStart(9)} ${'(mean)'.padStart(11)} ${'excluded'.padStart(9)}`,
    ...durationRows.map(([label, pick]) => durationLine(label, pick(metrics))),
    '',
    `${'SHARE'.padEnd(30)} ${'rate'.padStart(7)} ${'count/n'.padStart(12)} ${'excluded'.padStart(9)}`,
    ...rateRows.map(([label, pick]) => rateLine(label, pick(metrics))),
    '',
    'Incidents per month (by impact start):',
    ...metrics.frequency.perMonth
      .slice(-12)
      .map((p) => `  ${p.period}  ${String(p.count).padStart(5)}`),
    'Incidents per service (top 10):',
    ...metrics.frequency.perService
      .slice(0, 10)
      .map((s) => `  ${s.service.padEnd(30)} ${String(s.count).padStart(5)}`),
  ];
  if (metrics.frequency.excluded > 0) {
    lines.push(
      `  (${metrics.frequency.excluded} incidents without impact start are not placed in time)`,
    );
  }
  return lines.join('\n');
}
