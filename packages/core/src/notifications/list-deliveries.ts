import type { DeliveryStatus, NotificationDelivery, Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Job } from '../jobs/job.ports';
import { notificationJobKind, type NotificationJobPayload } from './enqueue-notification';

function toDelivery(job: Job): NotificationDelivery {
  const payload = job.payload as NotificationJobPayload;
  return {
    id: job.id,
    event: payload.event.kind,
    title: payload.event.title,
    target: payload.target,
    targetType: payload.targetType,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    lastError: job.lastError,
    nextAttemptAt: job.runAt,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

/** The delivery log: notification deliveries newest first, optionally of one status. */
export async function listNotificationDeliveries(
  ctx: Context,
  principal: Principal,
  filter: { status?: DeliveryStatus; limit?: number },
): Promise<NotificationDelivery[]> {
  authorize(principal, 'workspace.admin');
  const jobs = await ctx.store.jobs.list({
    kinds: [notificationJobKind],
    ...(filter.status === undefined ? {} : { status: filter.status }),
    limit: filter.limit ?? 100,
  });
  return jobs.map(toDelivery);
}
