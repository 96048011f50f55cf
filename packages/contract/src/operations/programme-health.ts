import { z } from 'zod';
import { defineRoute } from '../route';

/**
 * One week of a signal: the Monday it starts on (UTC), the value (null when nothing was
 * measured that week) and the sample size.
 *
 * @example { "period": "2026-11-16", "value": 0.25, "n": 4 }
 */
export const healthPoint = z.object({
  period: z.string(),
  value: z.number().nullable(),
  n: z.number().int(),
});

/**
 * A programme-health signal: value over the window in `unit` (`share` 0–1, `per_postmortem`,
 * `hours`, `ratio` = × the expected rate), its sample size `n` (of `nUnit`), the policy's limits,
 * the status and the weekly trend, oldest first.
 *
 * @example
 * // { "id": "action-drift", "failureMode": "action_drift", "value": 0.3, "n": 10,
 * //   "threshold": { "warn": 0.2, "alert": 0.4 }, "status": "warn", "trend": [...] , ... }
 */
export const healthSignal = z.object({
  id: z.string(),
  failureMode: z.enum([
    'missing_telemetry',
    'blame_culture',
    'action_drift',
    'over_reporting',
    'security_blockage',
    'false_rca',
  ]),
  title: z.string(),
  description: z.string(),
  unit: z.enum(['share', 'per_postmortem', 'hours', 'ratio']),
  nUnit: z.string(),
  direction: z.enum(['higher_is_worse', 'lower_is_worse']),
  value: z.number().nullable(),
  n: z.number().int(),
  threshold: z.object({ warn: z.number(), alert: z.number() }),
  status: z.enum(['ok', 'warn', 'alert', 'no_data']),
  trend: z.array(healthPoint),
});

/**
 * The programme-health report: when it was computed, the weeks (Mondays, oldest first) and the
 * eight signals (docs/programme-health.md).
 */
export const programmeHealth = z.object({
  asOf: z.string(),
  periods: z.array(z.string()),
  signals: z.array(healthSignal),
});

/**
 * The postmortem practice's own health.
 *
 * @example
 * const { data } = await client.getProgrammeHealth({ query: { weeks: 8 } });
 * data.signals.filter((s) => s.status === 'alert');
 */
export const programmeHealthRoutes = {
  getProgrammeHealth: defineRoute({
    method: 'GET',
    path: '/api/v1/programme-health',
    summary:
      'Programme health: missing telemetry, blame culture, action drift, over-reporting, security blockage and false RCA signals per ISO week, each with value, n, limits from the policy, status and trend; restricted incidents count only for those who may read them',
    tag: 'metrics',
    query: z.object({ weeks: z.coerce.number().int().min(2).max(26).optional() }).strict(),
    response: programmeHealth,
  }),
} as const;
