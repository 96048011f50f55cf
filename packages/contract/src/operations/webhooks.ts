import { webhookDelivery, webhookOutcome, webhookRouting, webhookSource } from '@aftermath/domain';
import { z } from 'zod';
import { byteStream, defineRoute } from '../route';

/** `{source}` of the webhook paths. */
export const webhookSourceParams = z.object({ source: webhookSource });

/**
 * Headers a webhook delivery may carry: `Authorization: Bearer <token>` (Alertmanager, Grafana,
 * Opsgenie, CloudEvents), `X-PagerDuty-Signature: v1=<hex>[,v1=<hex>]`,
 * `X-Hub-Signature-256: sha256=<hex>` and `X-GitHub-Delivery: <uuid>`.
 */
export const webhookHeaders = z.object({
  authorization: z.string().optional(),
  'x-pagerduty-signature': z.string().optional(),
  'x-hub-signature-256': z.string().optional(),
  'x-github-delivery': z.string().max(200).optional(),
  'content-length': z.coerce.number().int().min(0).optional(),
});

/**
 * What a delivery led to: the stored delivery plus `duplicate` (seen before: nothing added) and
 * `created` (it opened `incidentKey`).
 *
 * @example
 * { outcome: 'created', incidentKey: 'INC-7', created: true, duplicate: false, entriesAdded: 2, … }
 */
export const webhookResult = webhookDelivery.extend({
  duplicate: z.boolean(),
  created: z.boolean(),
});

/** One source's authentication as anyone may see it: whether a secret is set, never the secret. */
export const webhookSourceStatus = z.object({
  source: webhookSource,
  scheme: z.enum(['hmac-sha256', 'bearer']),
  secretSet: z.boolean(),
  open: z.boolean(),
  updatedAt: z.string().nullable(),
});

/**
 * Sets a source's secret, opens it for unauthenticated local testing, or clears both (every
 * delivery is then refused).
 *
 * @example { "secret": "a-long-random-token" }
 */
export const webhookAuthInput = z.union([
  z.object({ secret: z.string().min(1).max(1024) }).strict(),
  z.object({ open: z.literal(true) }).strict(),
  z.object({ clear: z.literal(true) }).strict(),
]);

/** Filter of the delivery list: one outcome, at most `limit` (default 100) newest first. */
export const webhookDeliveryQuery = z.object({
  outcome: webhookOutcome.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** `{id}` of a webhook delivery, as listed by `GET /api/v1/webhooks/deliveries`. */
export const webhookDeliveryParams = z.object({ id: z.string().min(1).max(100) });

/** Webhook deliveries from alerting, paging and change systems, and their configuration. */
export const webhooksRoutes = {
  receiveWebhook: defineRoute({
    method: 'POST',
    path: '/api/v1/webhooks/{source}',
    summary:
      'Receive a webhook (alertmanager, grafana, pagerduty, opsgenie, github, cloudevents): ' +
      'authenticated by bearer token or HMAC signature over the raw body, routed to an incident ' +
      '(joined or opened) or kept unrouted; a repeated delivery adds nothing and says duplicate',
    tag: 'webhooks',
    params: webhookSourceParams,
    headers: webhookHeaders,
    body: byteStream('The JSON body exactly as the sender signed it'),
    response: webhookResult,
  }),
  listWebhookSources: defineRoute({
    method: 'GET',
    path: '/api/v1/webhooks/sources',
    summary: 'Every webhook source, its scheme and whether a secret is set (never the secret)',
    tag: 'webhooks',
    response: z.object({ items: z.array(webhookSourceStatus) }),
  }),
  setWebhookAuth: defineRoute({
    method: 'PUT',
    path: '/api/v1/webhooks/sources/{source}',
    summary: "Set a source's secret (admin), open it for local testing, or clear it",
    tag: 'webhooks',
    params: webhookSourceParams,
    body: webhookAuthInput,
    response: webhookSourceStatus,
  }),
  getWebhookRouting: defineRoute({
    method: 'GET',
    path: '/api/v1/webhooks/routing',
    summary: 'Routing rules, maintenance windows, group window and body limit of webhooks',
    tag: 'webhooks',
    response: webhookRouting,
  }),
  setWebhookRouting: defineRoute({
    method: 'PUT',
    path: '/api/v1/webhooks/routing',
    summary: 'Replace the webhook routing configuration (validated whole)',
    tag: 'webhooks',
    body: webhookRouting,
    response: webhookRouting,
  }),
  listWebhookDeliveries: defineRoute({
    method: 'GET',
    path: '/api/v1/webhooks/deliveries',
    summary:
      'Recent webhook deliveries, newest first (admins); outcome=unrouted or suppressed lists ' +
      'evidence no incident took',
    tag: 'webhooks',
    query: webhookDeliveryQuery,
    response: z.object({ items: z.array(webhookDelivery) }),
  }),
  getWebhookDeliveryRaw: defineRoute({
    method: 'GET',
    path: '/api/v1/webhooks/deliveries/{id}/raw',
    summary:
      "A delivery's body exactly as the sender sent it, streamed (admin): how to look at or " +
      're-upload an unrouted or suppressed delivery; 404 for an unknown id',
    tag: 'webhooks',
    params: webhookDeliveryParams,
    response: byteStream('The JSON body as received (application/json)'),
  }),
} as const;
