import { z } from 'zod';
import { incidentKey } from './incident';
import { serviceName } from './service';
import { severity } from './severity';
import { utcTimestamp } from './time';

/**
 * Senders that can post to `POST /api/v1/webhooks/{source}`. PagerDuty and GitHub sign their
 * bodies (HMAC-SHA256); the others authenticate with a bearer token.
 *
 * @example webhookSource.parse('alertmanager');
 */
export const webhookSource = z.enum([
  'alertmanager',
  'grafana',
  'pagerduty',
  'opsgenie',
  'github',
  'cloudevents',
]);
export type WebhookSource = z.infer<typeof webhookSource>;

/** What one webhook delivery led to. */
export const webhookOutcome = z.enum(['created', 'joined', 'suppressed', 'unrouted']);
export type WebhookOutcome = z.infer<typeof webhookOutcome>;

/**
 * One accepted webhook delivery. Raw bytes stay in the blob store under `sha256` whatever the
 * outcome; `incidentKey` is null when no incident took it (`suppressed`, `unrouted`).
 * `bytes` is the body size in bytes; times are UTC ISO 8601.
 */
export const webhookDelivery = z.object({
  id: z.string(),
  source: webhookSource,
  /** The sender's delivery id (GitHub `X-GitHub-Delivery`) or the body's SHA-256. */
  deliveryKey: z.string(),
  receivedAt: utcTimestamp,
  sha256: z.string(),
  bytes: z.number().int().min(0),
  outcome: webhookOutcome,
  incidentKey: incidentKey.nullable(),
  /** Alertmanager/Grafana group key, when the body carries one. */
  groupKey: z.string().nullable(),
  service: z.string().nullable(),
  /** Why it went where it went, for people. */
  reason: z.string(),
  evidenceId: z.string().nullable(),
  entriesAdded: z.number().int().min(0),
  duplicatesSkipped: z.number().int().min(0),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

/** Label values a rule accepts: one value or any of several. */
const labelMatch = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/**
 * One routing rule. `match` compares alert labels (plus the pseudo-labels `service`, `severity`
 * and `source`) for equality; every key must match. `open: true` opens an incident (with
 * `severity`) when no related open incident exists; otherwise the alert only joins one.
 *
 * @example
 * routingRule.parse({ name: 'pages', match: { severity: 'critical' }, open: true, severity: 'SEV1' });
 */
export const routingRule = z
  .object({
    name: z.string().trim().min(1).max(100),
    match: z.record(z.string().min(1), labelMatch).default({}),
    open: z.boolean().default(false),
    severity: severity.default('SEV2'),
    /** Overrides the service taken from the alert's `service` label. */
    service: serviceName.optional(),
  })
  .strict();
export type RoutingRule = z.infer<typeof routingRule>;

/** A scheduled window (UTC) in which alerts for `service` open no incident. */
export const maintenanceWindow = z
  .object({
    service: serviceName,
    from: utcTimestamp,
    to: utcTimestamp,
    reason: z.string().max(500).default(''),
  })
  .strict()
  .refine((window) => window.from < window.to, {
    message: '"from" must be before "to"',
    path: ['to'],
  });
export type MaintenanceWindow = z.infer<typeof maintenanceWindow>;

/**
 * How webhook alerts find their incident (docs/webhooks.md). `groupWindowMinutes`: an alert for a
 * service joins an open incident of that service that was opened or fed within this many minutes.
 * `bodyLimitBytes`: the largest webhook body accepted (default 1 MiB).
 *
 * @example
 * webhookRouting.parse({ rules: [{ name: 'pages', match: { severity: 'critical' }, open: true }] });
 */
export const webhookRouting = z
  .object({
    groupWindowMinutes: z.number().int().min(0).max(10_080).default(60),
    bodyLimitBytes: z
      .number()
      .int()
      .min(1024)
      .max(64 * 1024 * 1024)
      .default(1024 * 1024),
    rules: z.array(routingRule).max(200).default([]),
    maintenance: z.array(maintenanceWindow).max(500).default([]),
  })
  .strict();
export type WebhookRouting = z.infer<typeof webhookRouting>;
export type WebhookRoutingInput = z.input<typeof webhookRouting>;

/**
 * How one source authenticates, as stored in the workspace settings (`webhooks.auth`). `secret`
 * is the bearer token or HMAC key; `open: true` accepts deliveries with no credentials at all
 * (local testing only). Neither set: every delivery is refused.
 */
export const webhookSourceAuth = z.object({
  secret: z.string().nullable(),
  open: z.boolean(),
  updatedAt: z.string(),
});
export type WebhookSourceAuth = z.infer<typeof webhookSourceAuth>;

/** Every source's authentication by source name. */
export const webhookAuthSettings = z.record(z.string(), webhookSourceAuth);
