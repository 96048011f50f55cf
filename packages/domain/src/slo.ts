import { z } from 'zod';
import { serviceName } from './service';
import { utcTimestamp } from './time';

/** An SLO name: an OpenSLO `metadata.name` (RFC 1123 label, at most 63 characters). */
export const sloName = z
  .string()
  .min(1)
  .max(63)
  .regex(
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/,
    'lower-case letters, digits and "-", e.g. checkout-availability',
  );

/** A duration in OpenSLO shorthand: a whole number and a unit (m, h, d, w, M, Q, Y), e.g. `28d`. */
export const sloDuration = z
  .string()
  .regex(/^[1-9]\d*[mhdwMQY]$/, 'a whole number and a unit m, h, d, w, M, Q or Y, e.g. 28d');

/** How the error budget is counted (OpenSLO `budgetingMethod`). */
export const budgetingMethod = z.enum(['Occurrences', 'Timeslices', 'RatioTimeslices']);
export type BudgetingMethod = z.infer<typeof budgetingMethod>;

/** Where an indicator's numbers come from: the source type and its query, e.g. PromQL. */
export const metricQuery = z.object({
  sourceType: z.string().min(1),
  query: z.string().nullable(),
});
export type MetricQuery = z.infer<typeof metricQuery>;

/** A ratio indicator counts good (or bad) events out of total; a threshold one measures a value. */
export const sloIndicator = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ratio'),
    name: z.string().min(1),
    /** Which events the first query counts: `good` or `bad`. */
    counts: z.enum(['good', 'bad']),
    events: metricQuery,
    total: metricQuery,
  }),
  z.object({ kind: z.literal('threshold'), name: z.string().min(1), value: metricQuery }),
]);
export type SloIndicator = z.infer<typeof sloIndicator>;

/** The period the SLO is measured over: the last `duration`, or calendar periods from `startTime`. */
export const sloWindow = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rolling'), duration: sloDuration }),
  z.object({
    kind: z.literal('calendar'),
    duration: sloDuration,
    /** UTC instant the first period starts. */
    startTime: utcTimestamp,
    /** IANA zone the periods follow (months and days start at local midnight), e.g. `UTC`. */
    timeZone: z.string().min(1),
  }),
]);
export type SloWindow = z.infer<typeof sloWindow>;

/** One objective: a target share of good events (or slices), plus the threshold for value SLIs. */
export const sloObjective = z.object({
  name: z.string().min(1),
  /** Share of good events or slices required, strictly between 0 and 1 (0.999 = 99.9 %). */
  target: z.number().gt(0).lt(1),
  /** For threshold indicators: a sample is good when `value op threshold` holds. */
  op: z.enum(['lt', 'lte', 'gt', 'gte']).nullable(),
  value: z.number().nullable(),
  /** For Timeslices: a slice is good when its own good share reaches this. */
  timeSliceTarget: z.number().gt(0).lte(1).nullable(),
  /** For Timeslices and RatioTimeslices: the slice length. */
  timeSliceWindow: sloDuration.nullable(),
});
export type SloObjective = z.infer<typeof sloObjective>;

/**
 * A stored SLO definition, normalized from OpenSLO v1 (the YAML is not kept).
 *
 * @example
 * { name: 'checkout-availability', service: 'checkout-api', budgetingMethod: 'Occurrences',
 *   window: { kind: 'rolling', duration: '28d' }, objectives: [{ target: 0.999, … }], … }
 */
export const sloDefinition = z
  .object({
    name: sloName,
    displayName: z.string().nullable(),
    description: z.string(),
    service: serviceName,
    indicator: sloIndicator,
    window: sloWindow,
    budgetingMethod,
    objectives: z.array(sloObjective).min(1),
    /** Names of the OpenSLO alert policies the SLO refers to (informational). */
    alertPolicies: z.array(z.string()),
    /** Open an incident for the service when the page-level burn condition holds. */
    openIncidentOnPage: z.boolean(),
  })
  .superRefine(checkObjectiveFields);
export type SloDefinition = z.infer<typeof sloDefinition>;

// The fields an objective needs depend on the indicator and budgeting method; the OpenSLO reader
// asks for the same ones, so a definition typed in the web app meets the rules of an import.
function checkObjectiveFields(
  slo: {
    indicator: SloIndicator;
    budgetingMethod: BudgetingMethod;
    objectives: SloObjective[];
  },
  context: z.RefinementCtx,
): void {
  const require = (index: number, field: keyof SloObjective, why: string): void => {
    if (slo.objectives[index]?.[field] !== null) return;
    context.addIssue({ code: 'custom', path: ['objectives', index, field], message: why });
  };
  slo.objectives.forEach((_, index) => {
    if (slo.indicator.kind === 'threshold') {
      require(index, 'op', 'a threshold indicator needs op (lt, lte, gt or gte)');
      require(index, 'value', 'a threshold indicator needs the value to compare with');
    }
    if (slo.budgetingMethod !== 'Occurrences') {
      require(index, 'timeSliceWindow', `${slo.budgetingMethod} needs timeSliceWindow, e.g. 5m`);
    }
    if (slo.budgetingMethod === 'Timeslices') {
      require(index, 'timeSliceTarget', 'Timeslices needs timeSliceTarget, e.g. 0.95');
    }
  });
}

/**
 * Where and how often Aftermath pulls an SLO's SLI from a Prometheus server's HTTP API
 * (`/api/v1/query_range`); the queries are the SLO indicator's own. Times in seconds.
 *
 * @example { url: 'http://127.0.0.1:9090', everySeconds: 60, stepSeconds: 60, lookbackSeconds: 3600 }
 */
export const prometheusSource = z
  .object({
    /** Base URL of the Prometheus server, without `/api/v1`. */
    url: z
      .string()
      .regex(
        /^https?:\/\/[^\s/]+/,
        'an http(s) URL of the Prometheus server, e.g. http://127.0.0.1:9090',
      ),
    /** Seconds between polls. */
    everySeconds: z.number().positive().max(86_400),
    /** Resolution of the range query: one sample per step, in seconds. */
    stepSeconds: z.number().positive().max(86_400),
    /** How far back each poll reads, in seconds (overlaps merge by instant). */
    lookbackSeconds: z.number().positive().max(2_592_000),
  })
  .refine((source) => source.lookbackSeconds / source.stepSeconds <= 11_000, {
    path: ['stepSeconds'],
    message:
      'Prometheus answers at most 11,000 points a query: raise the step or shorten the lookback',
  });
export type PrometheusSource = z.infer<typeof prometheusSource>;

/**
 * One SLI sample: the events of the interval ending at `at` (ratio SLIs: `good` or `bad` of
 * `total`), or a measured value (threshold SLIs). Fields not yet known are null (good and total
 * may arrive in separate uploads).
 *
 * @example { at: '2026-03-01T12:01:00.000Z', good: 998, bad: null, total: 1000, value: null }
 */
export const sliSample = z.object({
  at: utcTimestamp,
  good: z.number().nonnegative().nullable(),
  bad: z.number().nonnegative().nullable(),
  total: z.number().nonnegative().nullable(),
  value: z.number().nullable(),
});
export type SliSample = z.infer<typeof sliSample>;
