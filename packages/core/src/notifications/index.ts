export {
  enqueueNotification,
  sendTestNotification,
  notificationJobKind,
  notificationMaxAttempts,
  type NotificationJobPayload,
} from './enqueue-notification';
export { deliverNotification } from './deliver-notification';
export { broadcastReader, withholdRestricted } from './withhold-restricted';
export { listNotificationDeliveries } from './list-deliveries';
export {
  listNotificationTargets,
  setNotificationTarget,
  removeNotificationTarget,
  readNotificationTargets,
  type NotificationTargetView,
} from './notification-targets';
export { renderSlackMessage, renderWebhookBody, renderEmail } from './render-message';
export { signWebhookBody } from './sign-webhook';
export type { NotificationTransport, JsonPost, MailMessage } from './notification.ports';
