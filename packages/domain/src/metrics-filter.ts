import { z } from 'zod';
import { incidentType } from './incident';
import { serviceName } from './service';
import { severity } from './severity';

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day `YYYY-MM-DD` (UTC) or an instant with a zone, read as a UTC instant in epoch ms. */
const dayOrInstant = z.string().refine((value) => {
  if (!DATE.test(value) && !/[zZ]|[+-]\d{2}:?\d{2}$/.test(value)) return false;
  return !Number.isNaN(Date.parse(value));
}, 'expected a date YYYY-MM-DD or an ISO 8601 time with a zone');

/**
 * The metrics filter as people write it (CLI flags, query string): `from` and `to` are days
 * (`2026-03-01`, UTC) or instants; both days are inclusive, so `--from 2026-03-01 --to 2026-03-31`
 * covers all of March. Parsed into instants with `to` exclusive (`from ≤ impact start < to`).
 *
 * @example
 * metricsFilterInput.parse({ from: '2026-03-01', to: '2026-03-31', severity: 'SEV1' });
 * // { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', severity: 'SEV1' }
 */
export const metricsFilterInput = z
  .object({
    from: dayOrInstant.optional(),
    to: dayOrInstant.optional(),
    service: serviceName.optional(),
    team: z.string().trim().min(1).max(100).optional(),
    severity: severity.optional(),
    type: incidentType.optional(),
  })
  .strict()
  .transform(({ from, to, ...rest }) => ({
    ...rest,
    ...(from !== undefined && { from: new Date(Date.parse(from)).toISOString() }),
    ...(to !== undefined && {
      to: new Date(Date.parse(to) + (DATE.test(to) ? DAY_MS : 0)).toISOString(),
    }),
  }))
  .refine((value) => value.from === undefined || value.to === undefined || value.from < value.to, {
    message: 'to must be after from',
    path: ['to'],
  });
export type MetricsFilterInput = z.input<typeof metricsFilterInput>;
export type ParsedMetricsFilter = z.output<typeof metricsFilterInput>;
