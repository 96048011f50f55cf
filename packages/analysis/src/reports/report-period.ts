import type { ReportPeriodKind } from './report-inputs';

/** A half-open UTC interval `[start, end)` as ISO strings, with a label such as `2026-W47`. */
export interface ReportPeriod {
  kind: ReportPeriodKind;
  label: string;
  start: string;
  end: string;
}

const dayMs = 86_400_000;

/**
 * The period of `kind` containing `at`: the ISO week (Monday 00:00 UTC), the calendar month or
 * the calendar quarter.
 *
 * @example periodContaining('monthly', '2026-11-27T01:00:00Z') // { label: '2026-11', start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T…' }
 */
export function periodContaining(kind: ReportPeriodKind, at: string): ReportPeriod {
  const instant = new Date(at);
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth();
  if (kind === 'weekly') {
    const midnight = Date.UTC(year, month, instant.getUTCDate());
    const start = midnight - ((instant.getUTCDay() + 6) % 7) * dayMs;
    return {
      kind,
      label: isoWeekLabel(start),
      start: new Date(start).toISOString(),
      end: new Date(start + 7 * dayMs).toISOString(),
    };
  }
  const months = kind === 'monthly' ? 1 : 3;
  const first = month - (month % months);
  const label =
    kind === 'monthly'
      ? `${year}-${String(month + 1).padStart(2, '0')}`
      : `${year}-Q${first / 3 + 1}`;
  return {
    kind,
    label,
    start: new Date(Date.UTC(year, first, 1)).toISOString(),
    end: new Date(Date.UTC(year, first + months, 1)).toISOString(),
  };
}

/**
 * The period just before `period`, of the same kind.
 *
 * @example previousPeriod(periodContaining('monthly', '2026-01-10T00:00:00Z')).label // '2025-12'
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  return periodContaining(period.kind, new Date(Date.parse(period.start) - 1).toISOString());
}

/** Whether a UTC ISO instant lies in `[start, end)`. */
export function isWithin(period: ReportPeriod, instant: string): boolean {
  const time = Date.parse(instant);
  return time >= Date.parse(period.start) && time < Date.parse(period.end);
}

function isoWeekLabel(monday: number): string {
  const thursday = new Date(monday + 3 * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The incidents whose impact started (else: that were recorded) inside `period`. */
export function incidentsIn<T extends { impactStartedAt: string | null; createdAt: string }>(
  period: ReportPeriod,
  incidents: readonly T[],
): T[] {
  return incidents.filter((incident) =>
    isWithin(period, incident.impactStartedAt ?? incident.createdAt),
  );
}
