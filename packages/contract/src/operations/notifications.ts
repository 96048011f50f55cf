import {
  deliveryStatus,
  emailTarget,
  notificationDelivery,
  notificationTargetName,
  slackTarget,
  webhookTarget,
} from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';

const targetParams = z.object({ name: notificationTargetName });

/**
 * A target as written by `PUT /api/v1/notifications/targets/{name}`: the name comes from the
 * path. An e-mail target without `smtp.password` keeps the stored password.
 *
 * @example { "type": "webhook", "events": ["published"], "url": "https://hooks.example/x", "secret": "0123456789abcdef" }
 */
export const notificationTargetInput = z.discriminatedUnion('type', [
  slackTarget.omit({ name: true }),
  webhookTarget.omit({ name: true }),
  emailTarget.omit({ name: true }),
]);

/** A target as listed: secrets replaced by whether one is set. */
export const notificationTargetView = z.discriminatedUnion('type', [
  slackTarget,
  webhookTarget.omit({ secret: true }).extend({ secretSet: z.literal(true) }),
  emailTarget.extend({
    smtp: emailTarget.shape.smtp.omit({ password: true }).extend({ passwordSet: z.boolean() }),
  }),
]);

/** Filter of the delivery log: one status, at most `limit` (default 100), newest first. */
export const notificationDeliveryQuery = z.object({
  status: deliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** Notification targets (admin) and the delivery log. */
export const notificationsRoutes = {
  listNotificationTargets: defineRoute({
    method: 'GET',
    path: '/api/v1/notifications/targets',
    summary: 'Notification targets (Slack-compatible, signed webhook, e-mail), secrets hidden',
    tag: 'notifications',
    response: z.object({ items: z.array(notificationTargetView) }),
  }),
  setNotificationTarget: defineRoute({
    method: 'PUT',
    path: '/api/v1/notifications/targets/{name}',
    summary: 'Create or replace a notification target and the event kinds it receives (admin)',
    tag: 'notifications',
    params: targetParams,
    body: notificationTargetInput,
    response: notificationTargetView,
  }),
  removeNotificationTarget: defineRoute({
    method: 'DELETE',
    path: '/api/v1/notifications/targets/{name}',
    summary: 'Remove a notification target; its queued deliveries then fail',
    tag: 'notifications',
    params: targetParams,
    response: null,
    status: 204,
  }),
  testNotificationTarget: defineRoute({
    method: 'POST',
    path: '/api/v1/notifications/targets/{name}/test',
    summary: 'Queue a test message to one target; the answer is its delivery id',
    tag: 'notifications',
    params: targetParams,
    response: z.object({ id: z.string() }),
    status: 201,
  }),
  listNotificationDeliveries: defineRoute({
    method: 'GET',
    path: '/api/v1/notifications/deliveries',
    summary:
      'The delivery log, newest first: one entry per (event, target) with status, attempts and last error',
    tag: 'notifications',
    query: notificationDeliveryQuery,
    response: z.object({ items: z.array(notificationDelivery) }),
  }),
} as const;
