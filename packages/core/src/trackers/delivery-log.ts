import { DomainError, type OutgoingCall, type Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { enqueueJob } from '../jobs/enqueue-job';
import type { Job, JobStatus } from '../jobs/job.ports';
import {
  notificationJobKind,
  type NotificationJobPayload,
} from '../notifications/enqueue-notification';
import { trackerCreateKind, trackerSyncKind, type TrackerJobPayload } from './tracker-jobs';

const outgoingKinds = [notificationJobKind, trackerCreateKind, trackerSyncKind] as const;

function toCall(job: Job): OutgoingCall {
  const common = {
    id: job.id,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    lastError: job.lastError,
    nextAttemptAt: job.runAt,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
  if (job.kind === notificationJobKind) {
    const payload = job.payload as NotificationJobPayload;
    return {
      ...common,
      channel: 'notification',
      summary: payload.event.title,
      target: payload.target,
    };
  }
  const payload = job.payload as TrackerJobPayload;
  const channel = job.kind === trackerCreateKind ? 'tracker.create' : 'tracker.sync';
  return { ...common, channel, summary: payload.title, target: payload.team };
}

/**
 * The delivery log: notification deliveries and tracker calls, newest first, optionally of one
 * status, with attempts and the last error (admin).
 */
export async function listOutgoingCalls(
  ctx: Context,
  principal: Principal,
  filter: { status?: JobStatus | undefined; limit?: number | undefined },
): Promise<OutgoingCall[]> {
  authorize(principal, 'workspace.admin');
  const jobs = await ctx.store.jobs.list({
    kinds: outgoingKinds,
    ...(filter.status === undefined ? {} : { status: filter.status }),
    limit: filter.limit ?? 100,
  });
  return jobs.map(toCall);
}

/**
 * Sends a failed call again: queues a new job with the same payload (the failed entry stays in
 * the log as it was). `conflict` unless the call failed; `not_found` for an unknown id.
 */
export async function retryOutgoingCall(
  ctx: Context,
  principal: Principal,
  id: string,
): Promise<OutgoingCall> {
  authorize(principal, 'workspace.admin');
  const job = await ctx.store.jobs.get(id);
  if (job === null || !(outgoingKinds as readonly string[]).includes(job.kind)) {
    throw new DomainError('not_found', `No outgoing delivery ${id}`);
  }
  if (job.status !== 'failed') {
    throw new DomainError(
      'conflict',
      `Delivery ${id} is ${job.status}; only a failed one can be retried`,
    );
  }
  const payload = job.payload as Partial<TrackerJobPayload>;
  const dedupeKey =
    job.kind === notificationJobKind || payload.actionId === undefined
      ? undefined
      : `${job.kind}:${payload.actionId}`;
  const queued = await enqueueJob(ctx, {
    kind: job.kind,
    payload: job.payload,
    maxAttempts: job.maxAttempts,
    ...(dedupeKey === undefined ? {} : { dedupeKey }),
  });
  const again = await ctx.store.jobs.get(queued.id);
  if (again === null) throw new Error(`retried delivery ${queued.id} was not stored`);
  return toCall(again);
}
