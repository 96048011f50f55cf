import { hostname } from 'node:os';
import {
  computeRetryDelay,
  defaultBackoff,
  JobError,
  type BackoffPolicy,
  type Context,
  type Job,
} from '@aftermath/core';
import { scheduleDueJobs, type RecurringJob } from './recurring';

/** Runs one job; throwing retries it (see `JobError` for how to say "do not retry"). */
export type JobHandler = (job: Job) => Promise<void>;

/** The handlers by job kind; the worker claims only kinds it has a handler for. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export interface WorkerOptions {
  ctx: Context;
  handlers: JobHandlers;
  schedules?: readonly RecurringJob[];
  /** Jobs run at once (default 4). */
  concurrency?: number;
  /** Wait between looks at an empty queue, in ms (default 1000). */
  pollMs?: number;
  /** How long a claim holds a job before another worker may take it, in ms (default 60 s). */
  leaseMs?: number;
  /** How long `stop` lets running jobs finish before handing them back, in ms (default 10 s). */
  graceMs?: number;
  backoff?: BackoffPolicy;
  /** Who holds the leases; unique per process by default. */
  owner?: string;
  log?: (message: string) => void;
}

/** A running worker; `stop` finishes or hands back what it runs, then resolves. */
export interface Worker {
  readonly owner: string;
  stop(): Promise<void>;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Starts the job runner: claims due jobs of the handled kinds (bounded by `concurrency`), keeps
 * their leases alive while they run, records the outcome (done; retried with exponential back-off
 * and jitter; failed after `maxAttempts` or a non-retryable error) and enqueues recurring jobs
 * when their slot comes. Several workers, in one process or many, share a queue safely.
 */
export function startWorker(options: WorkerOptions): Worker {
  const { ctx, handlers } = options;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${ctx.newId().slice(-6)}`;
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? 60_000;
  const log = options.log ?? (() => undefined);
  const kinds = Object.keys(handlers);
  const running = new Map<string, Promise<void>>();
  let stopping = false;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const settle = async (job: Job, error: unknown): Promise<void> => {
    const now = ctx.clock();
    const message = describeError(error);
    const retryable = !(error instanceof JobError) || error.retryable;
    if (!retryable || job.attempts >= job.maxAttempts) {
      await ctx.store.jobs.fail(job.id, owner, { error: message, now: now.toISOString() });
      log(`job ${job.kind} ${job.id} failed for good after ${job.attempts} attempt(s): ${message}`);
      return;
    }
    const retryAfter = error instanceof JobError ? error.retryAfterMs : undefined;
    const delay = computeRetryDelay(
      job.attempts,
      options.backoff ?? defaultBackoff,
      Math.random,
      retryAfter,
    );
    const runAt = new Date(now.getTime() + delay).toISOString();
    await ctx.store.jobs.retry(job.id, owner, { runAt, error: message, now: now.toISOString() });
  };

  const run = async (job: Job): Promise<void> => {
    const handler = handlers[job.kind];
    const heartbeat = setInterval(
      () => {
        const until = new Date(ctx.clock().getTime() + leaseMs).toISOString();
        ctx.store.jobs.extendLease(job.id, owner, until).catch((error: unknown) => {
          log(`job ${job.id}: lease not extended: ${describeError(error)}`);
        });
      },
      Math.max(1000, Math.floor(leaseMs / 3)),
    );
    try {
      if (handler === undefined)
        throw new JobError(`no handler for ${job.kind}`, { retryable: false });
      await handler(job);
      await ctx.store.jobs.complete(job.id, owner, ctx.clock().toISOString());
    } catch (error) {
      await settle(job, error);
    } finally {
      clearInterval(heartbeat);
    }
  };

  const start = (job: Job): void => {
    const task = run(job)
      .catch((error: unknown) =>
        log(`job ${job.id}: outcome not recorded: ${describeError(error)}`),
      )
      .finally(() => {
        running.delete(job.id);
        wake?.();
      });
    running.set(job.id, task);
  };

  const fill = async (): Promise<void> => {
    while (!stopping && running.size < concurrency) {
      const now = ctx.clock();
      const job = await ctx.store.jobs.claim({
        owner,
        kinds,
        now: now.toISOString(),
        leaseExpiresAt: new Date(now.getTime() + leaseMs).toISOString(),
      });
      if (job === null) return;
      start(job);
    }
  };

  const loop = async (): Promise<void> => {
    while (!stopping) {
      try {
        await scheduleDueJobs(ctx, options.schedules ?? []);
        await fill();
      } catch (error) {
        log(`job runner: ${describeError(error)}`);
      }
      if (!stopping) await sleep(options.pollMs ?? 1000);
    }
  };
  const looping = loop();

  return {
    owner,
    async stop() {
      stopping = true;
      wake?.();
      await looping;
      const grace = new Promise<'late'>((resolve) => {
        setTimeout(() => resolve('late'), options.graceMs ?? 10_000).unref();
      });
      if ((await Promise.race([Promise.all(running.values()), grace])) !== 'late') return;
      const now = ctx.clock().toISOString();
      for (const id of running.keys()) {
        await ctx.store.jobs.release(id, owner, now).catch(() => false);
      }
    },
  };
}
