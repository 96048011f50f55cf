import type { HealthSignal, ProgrammeHealth } from '@aftermath/analysis';

/** A signal's value in its unit: `42.0%`, `1.3 per postmortem`, `36.0 h`, `0.5× expected`. */
export function formatSignalValue(unit: HealthSignal['unit'], value: number | null): string {
  if (value === null) return '—';
  switch (unit) {
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'per_postmortem':
      return `${value.toFixed(1)} per postmortem`;
    case 'hours':
      return `${value.toFixed(1)} h`;
    case 'ratio':
      return `${value.toFixed(2)}× expected`;
  }
}

const statusLabel = { ok: 'ok', warn: 'WARN', alert: 'ALERT', no_data: 'no data' } as const;

/** One line per signal: status, title, value, n, limits and the weekly trend (oldest first). */
export function formatProgrammeHealth(health: ProgrammeHealth): string {
  const lines = [
    `Programme health, ${health.periods.length} weeks from ${health.periods[0] ?? '—'} to ${health.asOf.slice(0, 10)}`,
  ];
  for (const s of health.signals) {
    const limit = s.direction === 'higher_is_worse' ? 'above' : 'below';
    const v = (x: number | null) => formatSignalValue(s.unit, x);
    lines.push(
      `${statusLabel[s.status].padEnd(7)} ${s.title}: ${v(s.value)} (n = ${s.n} ${s.nUnit}; ` +
        `warn ${limit} ${v(s.threshold.warn)}, alert ${limit} ${v(s.threshold.alert)})`,
      `        trend: ${s.trend.map((p) => v(p.value)).join(' · ')}`,
    );
  }
  return lines.join('\n');
}
