import { z } from 'zod';
import { incidentKey } from './incident';
import { utcTimestamp } from './time';

/**
 * What a notification is about. Targets subscribe to kinds; `action_stale` reminds an action's
 * owner that nobody updated it within the policy's `actions.staleDays`; `report` carries a periodic review
 * report, `test` is the message `notify test` sends to check a target.
 *
 * @example notificationEventKind.parse('review_requested');
 */
export const notificationEventKind = z.enum([
  'review_requested',
  'comment_mention',
  'approval',
  'published',
  'deadline_near',
  'deadline_passed',
  'action_overdue',
  'action_stale',
  'action_verified',
  'action_reopened',
  'weekly_digest',
  'report',
  'test',
]);
export type NotificationEventKind = z.infer<typeof notificationEventKind>;

/**
 * One event to tell people about. `title` is one line; `body` plain text (several lines allowed);
 * `facts` short label → value pairs shown beside it; `url` links into Aftermath. Every text
 * passes the workspace's redaction before it leaves.
 *
 * @example
 * notificationEvent.parse({ kind: 'review_requested', title: 'Review requested: INC-4',
 *   incidentKey: 'INC-4', facts: { Reviewer: 'ana' } });
 */
export const notificationEvent = z.object({
  kind: notificationEventKind,
  title: z.string().trim().min(1).max(300),
  body: z.string().max(20_000).default(''),
  incidentKey: incidentKey.optional(),
  url: z.url().optional(),
  facts: z.record(z.string().min(1).max(100), z.string().max(2000)).default({}),
  /** UTC ISO time of the event; the enqueue time when left out. */
  occurredAt: utcTimestamp.optional(),
});
export type NotificationEvent = z.infer<typeof notificationEvent>;
export type NotificationEventInput = z.input<typeof notificationEvent>;

/** A target's name: lower-case letters, digits and dashes, used in the API path and the CLI. */
export const notificationTargetName = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and "-", at most 63');

/** Which events a target receives: a list of kinds, or every kind. */
const targetEvents = z.union([z.literal('*'), z.array(notificationEventKind).min(1)]);

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' });

/** A Slack-compatible incoming webhook: Block Kit JSON posted to `url`. */
export const slackTarget = z
  .object({
    name: notificationTargetName,
    type: z.literal('slack'),
    events: targetEvents,
    url: httpUrl,
  })
  .strict();

/**
 * A generic webhook: the event as JSON, signed with HMAC-SHA256 over `timestamp + "." + body`
 * using `secret` (at least 16 characters).
 */
export const webhookTarget = z
  .object({
    name: notificationTargetName,
    type: z.literal('webhook'),
    events: targetEvents,
    url: httpUrl,
    secret: z.string().min(16, 'at least 16 characters').max(1024),
  })
  .strict();

/** E-mail over SMTP. `secure` = TLS from the first byte (port 465); otherwise STARTTLS if offered. */
export const emailTarget = z
  .object({
    name: notificationTargetName,
    type: z.literal('email'),
    events: targetEvents,
    smtp: z
      .object({
        host: z.string().trim().min(1).max(255),
        port: z.number().int().min(1).max(65535).default(587),
        secure: z.boolean().default(false),
        user: z.string().max(255).optional(),
        password: z.string().max(1024).optional(),
      })
      .strict(),
    from: z.email(),
    to: z.array(z.email()).min(1).max(100),
  })
  .strict();

/**
 * Where notifications go. Secrets (`secret`, `smtp.password`) are stored, never listed back.
 *
 * @example
 * notificationTarget.parse({ name: 'ops', type: 'slack', events: '*',
 *   url: 'https://chat.example/hooks/T1' });
 */
export const notificationTarget = z.discriminatedUnion('type', [
  slackTarget,
  webhookTarget,
  emailTarget,
]);
export type NotificationTarget = z.infer<typeof notificationTarget>;
export type NotificationTargetInput = z.input<typeof notificationTarget>;

/** The stored list of targets (the `notifications.targets` setting). */
export const notificationTargets = z.array(notificationTarget);

/** What a delivery is doing: waiting (maybe for a retry), being sent, delivered, given up. */
export const deliveryStatus = z.enum(['queued', 'running', 'done', 'failed']);
export type DeliveryStatus = z.infer<typeof deliveryStatus>;

/**
 * One (event, target) delivery as the delivery log shows it. Times are UTC ISO 8601; `nextAttemptAt`
 * is when a queued delivery is (re)tried.
 */
export const notificationDelivery = z.object({
  id: z.string(),
  event: notificationEventKind,
  title: z.string(),
  target: z.string(),
  targetType: z.enum(['slack', 'webhook', 'email']),
  status: deliveryStatus,
  attempts: z.number().int().min(0),
  maxAttempts: z.number().int().min(1),
  lastError: z.string().nullable(),
  nextAttemptAt: utcTimestamp,
  createdAt: utcTimestamp,
  updatedAt: utcTimestamp,
});
export type NotificationDelivery = z.infer<typeof notificationDelivery>;
