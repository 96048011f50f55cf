import { DomainError } from '@aftermath/domain';
import type { Context } from '../context';

/** A job as a caller describes it; `runAt` defaults to now, `maxAttempts` to 8. */
export interface JobRequest {
  kind: string;
  payload: unknown;
  runAt?: Date;
  maxAttempts?: number;
  /** When a queued or running job already has this key, nothing new is enqueued. */
  dedupeKey?: string;
}

/** Attempts before a job is marked failed, when the caller does not say. */
export const defaultMaxAttempts = 8;

/**
 * Puts a job in the durable queue. Inside `store.transaction` it joins that transaction, so the
 * job exists exactly when the write that caused it does. Returns the job's id, or the id of the
 * pending job that had the same dedupe key (`created: false`).
 */
export async function enqueueJob(
  ctx: Context,
  request: JobRequest,
): Promise<{ id: string; created: boolean }> {
  const maxAttempts = request.maxAttempts ?? defaultMaxAttempts;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100) {
    throw new DomainError(
      'validation',
      `maxAttempts must be a whole number from 1 to 100, not ${maxAttempts}`,
    );
  }
  const now = ctx.clock().toISOString();
  const id = ctx.newId();
  const created = await ctx.store.jobs.enqueue({
    id,
    kind: request.kind,
    payload: request.payload ?? null,
    runAt: request.runAt?.toISOString() ?? now,
    maxAttempts,
    dedupeKey: request.dedupeKey ?? null,
    createdAt: now,
  });
  if (created || request.dedupeKey === undefined) return { id, created };
  const pending = await ctx.store.jobs.findPending(request.dedupeKey);
  return { id: pending?.id ?? id, created: false };
}
