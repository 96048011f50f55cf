import { z } from 'zod';
import { defineRoute } from '../route';
import { incidentKeyParams } from '../schemas';

/**
 * One bucket of a downsampled SLI series (`start ≤ at < end`, UTC): the sample count, the summed
 * events and error rate (0…1) of a ratio SLI, or the p50/p90/p99 of a threshold SLI's values in
 * its own unit (e.g. seconds). Figures are null in a bucket without data.
 */
export const sliBucket = z.object({
  start: z.string(),
  end: z.string(),
  samples: z.number().int(),
  events: z.number().nullable(),
  errorRate: z.number().nullable(),
  p50: z.number().nullable(),
  p90: z.number().nullable(),
  p99: z.number().nullable(),
});

/**
 * The SLI series of the SLOs on an incident's services around its window. `threshold` is the
 * objective's value for threshold SLIs; `allowedErrorRate` is 1 − target for ratio SLIs.
 *
 * @example
 * // { "from": "…", "to": "…", "series": [{ "slo": "checkout-availability", "indicator": "ratio",
 * //   "allowedErrorRate": 0.001, "samples": 240, "buckets": [ … ] }] }
 */
export const incidentSliSeries = z.object({
  from: z.string(),
  to: z.string(),
  series: z.array(
    z.object({
      slo: z.string(),
      service: z.string(),
      indicator: z.enum(['ratio', 'threshold']),
      threshold: z.number().nullable(),
      allowedErrorRate: z.number().nullable(),
      samples: z.number().int(),
      buckets: z.array(sliBucket),
    }),
  ),
});

/** Padding around the incident window in minutes, and the most points per series. */
export const sliSeriesQuery = z
  .object({
    paddingMinutes: z.coerce.number().int().min(0).max(1440).default(60),
    points: z.coerce.number().int().min(10).max(500).default(200),
  })
  .strict();

/**
 * The SLI data of an incident's services around its impact window, downsampled on the server,
 * for the incident debug view.
 *
 * @example
 * const { data } = await client.call('getIncidentSliSeries', { params: { key: 'INC-7' }, query: { paddingMinutes: 30 } });
 */
export const sliSeriesRoutes = {
  getIncidentSliSeries: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/sli-series',
    summary:
      'SLI error rate (ratio SLIs) or value percentiles (threshold SLIs) of the SLOs on the incident’s services around its window, downsampled to at most `points` buckets',
    tag: 'slos',
    params: incidentKeyParams,
    query: sliSeriesQuery,
    response: incidentSliSeries,
  }),
} as const;
