/** Where a signal stands against its limits; `no_data` when nothing in the window measures it. */
export type HealthStatus = 'ok' | 'warn' | 'alert' | 'no_data';

/** Whether a rising value is bad (`higher_is_worse`) or a falling one (`lower_is_worse`). */
export type HealthDirection = 'higher_is_worse' | 'lower_is_worse';

/** The programme's failure modes, each watched by one or two signals. */
export type FailureMode =
  | 'missing_telemetry'
  | 'blame_culture'
  | 'action_drift'
  | 'over_reporting'
  | 'security_blockage'
  | 'false_rca';

/**
 * One week of a signal: `period` is the Monday (UTC, `YYYY-MM-DD`) the week starts on, `value`
 * is null when the week had nothing to measure (`n` = 0).
 *
 * @example { period: '2026-11-16', value: 0.25, n: 4 }
 */
export interface HealthPoint {
  period: string;
  value: number | null;
  n: number;
}

/**
 * One programme-health signal over the whole window (`value`, `n`, `status`) and per week
 * (`trend`, oldest first). `unit` says what `value` is: `share` (0–1), `per_postmortem`,
 * `hours` or `ratio` (× the expected rate); `nUnit` what `n` counts.
 *
 * @example
 * { id: 'action-drift', value: 0.3, n: 10, status: 'warn', threshold: { warn: 0.2, alert: 0.4 }, … }
 */
export interface HealthSignal {
  id: string;
  failureMode: FailureMode;
  title: string;
  /** What the value measures, in one sentence a dashboard can show. */
  description: string;
  unit: 'share' | 'per_postmortem' | 'hours' | 'ratio';
  nUnit: string;
  direction: HealthDirection;
  value: number | null;
  n: number;
  threshold: { warn: number; alert: number };
  status: HealthStatus;
  trend: HealthPoint[];
}

/**
 * The status of `value` against `threshold`: past `alert` is `alert`, past `warn` is `warn`
 * ("past" meaning above, or below for `lower_is_worse`); null is `no_data`.
 *
 * @example judgeSignal(0.3, { warn: 0.2, alert: 0.4 }, 'higher_is_worse'); // 'warn'
 */
export function judgeSignal(
  value: number | null,
  threshold: { warn: number; alert: number },
  direction: HealthDirection,
): HealthStatus {
  if (value === null) return 'no_data';
  const past = (limit: number) => (direction === 'higher_is_worse' ? value > limit : value < limit);
  if (past(threshold.alert)) return 'alert';
  if (past(threshold.warn)) return 'warn';
  return 'ok';
}
