import {
  DomainError,
  notificationEvent,
  parseOrThrow,
  type NotificationEvent,
  type NotificationEventInput,
  type NotificationTarget,
  type Principal,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { enqueueJob } from '../jobs/enqueue-job';
import { readNotificationTargets } from './notification-targets';
import { withholdRestricted } from './withhold-restricted';

/** The job kind of one (event, target) delivery. */
export const notificationJobKind = 'notification.deliver';

/** Attempts per delivery: with doubling back-off from 2 s (with jitter) this spans about an hour. */
export const notificationMaxAttempts = 12;

/** What a delivery job carries: the target by name (its secrets are read when sending). */
export interface NotificationJobPayload {
  target: string;
  targetType: NotificationTarget['type'];
  event: NotificationEvent;
}

function subscribes(target: NotificationTarget, event: NotificationEvent): boolean {
  return target.events === '*' || target.events.includes(event.kind);
}

async function enqueueDeliveries(
  ctx: Context,
  event: NotificationEvent,
  targets: readonly NotificationTarget[],
): Promise<string[]> {
  return ctx.store.transaction(async () => {
    const ids: string[] = [];
    for (const target of targets) {
      const payload: NotificationJobPayload = {
        target: target.name,
        targetType: target.type,
        event,
      };
      const job = await enqueueJob(ctx, {
        kind: notificationJobKind,
        payload,
        maxAttempts: notificationMaxAttempts,
      });
      ids.push(job.id);
    }
    return ids;
  });
}

/**
 * Fans an event out to every target subscribed to its kind: one durable delivery job per target,
 * all written in one transaction (joining the caller's, so the notification exists exactly when
 * the change it reports does). Returns the delivery ids; none when no target wants the event.
 * An event about a restricted incident is queued with its texts withheld (see
 * `withholdRestricted`): targets are broadcast channels. Throws `validation` naming the field
 * when the event is malformed.
 *
 * @example
 * await enqueueNotification(ctx, { kind: 'approval', title: 'INC-4 approved by ana', incidentKey: 'INC-4' });
 */
export async function enqueueNotification(
  ctx: Context,
  input: NotificationEventInput,
): Promise<string[]> {
  const event = parseOrThrow(notificationEvent, input, 'event');
  const stamped = { ...event, occurredAt: event.occurredAt ?? ctx.clock().toISOString() };
  const targets = (await readNotificationTargets(ctx)).filter((t) => subscribes(t, stamped));
  if (targets.length === 0) return [];
  return ctx.store.transaction(async (tx) =>
    enqueueDeliveries(ctx, await withholdRestricted(tx, stamped), targets),
  );
}

/** Queues a `test` message to one target, whatever events it subscribes to; returns its delivery id. */
export async function sendTestNotification(
  ctx: Context,
  principal: Principal,
  name: string,
): Promise<string> {
  authorize(principal, 'workspace.admin');
  const target = (await readNotificationTargets(ctx)).find((t) => t.name === name);
  if (target === undefined) throw new DomainError('not_found', `No notification target ${name}`);
  const event = parseOrThrow(notificationEvent, {
    kind: 'test',
    title: `Test message for notification target ${name}`,
    body: 'If you can read this, Aftermath can reach this target.',
    occurredAt: ctx.clock().toISOString(),
  });
  const [id] = await enqueueDeliveries(ctx, event, [target]);
  if (id === undefined) throw new Error('no delivery was queued');
  return id;
}
