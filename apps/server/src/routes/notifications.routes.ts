import {
  listNotificationDeliveries,
  listNotificationTargets,
  removeNotificationTarget,
  sendTestNotification,
  setNotificationTarget,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Notification targets and the delivery log; core checks the admin permission. */
export function notificationsHandlers(
  ctx: Context,
): Pick<
  Handlers,
  | 'listNotificationTargets'
  | 'setNotificationTarget'
  | 'removeNotificationTarget'
  | 'testNotificationTarget'
  | 'listNotificationDeliveries'
> {
  return {
    listNotificationTargets: async ({ principal }) => ({
      items: await listNotificationTargets(ctx, principal),
    }),
    setNotificationTarget: ({ principal, params, body }) =>
      setNotificationTarget(ctx, principal, params.name, body),
    removeNotificationTarget: async ({ principal, params }) => {
      await removeNotificationTarget(ctx, principal, params.name);
      return undefined;
    },
    testNotificationTarget: async ({ principal, params }) => ({
      id: await sendTestNotification(ctx, principal, params.name),
    }),
    listNotificationDeliveries: async ({ principal, query }) => ({
      items: await listNotificationDeliveries(ctx, principal, query),
    }),
  };
}
