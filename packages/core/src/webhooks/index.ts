export {
  receiveWebhook,
  webhookRoutingTurnKey,
  type WebhookRequest,
  type WebhookResult,
} from './receive-webhook';
export type { WebhookHeaders } from './verify-delivery';
export {
  listWebhookSources,
  minWebhookSecretLength,
  setWebhookAuth,
  webhookScheme,
  type WebhookAuthChange,
  type WebhookSourceStatus,
} from './webhook-auth-settings';
export { getWebhookRouting, setWebhookRouting } from './webhook-routing-settings';
export { listWebhookDeliveries } from './list-webhook-deliveries';
export { openDeliveryBytes, type DeliveryBytes } from './open-delivery-bytes';
