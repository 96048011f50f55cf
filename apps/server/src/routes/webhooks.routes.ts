import {
  getWebhookRouting,
  listWebhookDeliveries,
  listWebhookSources,
  openDeliveryBytes,
  receiveWebhook,
  setWebhookAuth,
  setWebhookRouting,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

/**
 * Webhook deliveries and their configuration. A delivery carries no user credentials: the
 * sender proves itself with the source's secret, which core checks against the raw body.
 */
export function webhooksHandlers(
  ctx: Context,
): Pick<
  Handlers,
  | 'receiveWebhook'
  | 'listWebhookSources'
  | 'setWebhookAuth'
  | 'getWebhookRouting'
  | 'setWebhookRouting'
  | 'listWebhookDeliveries'
  | 'getWebhookDeliveryRaw'
> {
  return {
    receiveWebhook: ({ params, headers, body }) =>
      receiveWebhook(ctx, {
        source: params.source,
        headers,
        declaredLength: headers['content-length'] ?? null,
        body,
      }),
    listWebhookSources: async ({ principal }) => ({
      items: await listWebhookSources(ctx, principal),
    }),
    setWebhookAuth: ({ principal, params, body }) =>
      setWebhookAuth(ctx, principal, params.source, body),
    getWebhookRouting: ({ principal }) => getWebhookRouting(ctx, principal),
    setWebhookRouting: ({ principal, body }) => setWebhookRouting(ctx, principal, body),
    listWebhookDeliveries: async ({ principal, query }) => ({
      items: await listWebhookDeliveries(ctx, principal, query),
    }),
    getWebhookDeliveryRaw: async ({ principal, params }) => {
      const { delivery, stream, fileName } = await openDeliveryBytes(ctx, principal, params.id);
      return { stream, bytes: delivery.bytes, fileName, contentType: 'application/json' };
    },
  };
}
