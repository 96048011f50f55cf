import { enqueueJob, JobError, parseSchedule, type Context } from '@aftermath/core';
import { describeEachDialect } from '@aftermath/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { scheduleDueJobs } from '../src/jobs/recurring';
import { startWorker, type JobHandlers, type Worker } from '../src/jobs/worker';
import { eventually } from './notification-peers';

describeEachDialect('job worker', (suite) => {
  let ctx: Context;
  let worker: Worker | undefined;
  beforeEach(() => {
    ctx = { store: suite.store(), clock: () => new Date(), newId: () => crypto.randomUUID() };
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });
  const start = (handlers: JobHandlers, concurrency = 4, graceMs = 10_000) => {
    worker = startWorker({
      ctx,
      handlers,
      concurrency,
      graceMs,
      pollMs: 20,
      backoff: { baseMs: 10, maxMs: 40 },
    });
    return worker;
  };
  const statusOf = async (id: string) => (await ctx.store.jobs.get(id))?.status;

  it('never runs more jobs at once than its concurrency, and runs them all', async () => {
    const ids = [];
    for (let i = 0; i < 6; i += 1)
      ids.push((await enqueueJob(ctx, { kind: 'sleep', payload: i })).id);
    let now = 0;
    let most = 0;
    start(
      {
        sleep: async () => {
          now += 1;
          most = Math.max(most, now);
          await new Promise((resolve) => setTimeout(resolve, 60));
          now -= 1;
        },
      },
      2,
    );
    for (const id of ids)
      await eventually(async () => ((await statusOf(id)) === 'done' ? true : undefined));
    expect(most).toBe(2);
  });

  it('retries a failing job with back-off and keeps the last error when it gives up', async () => {
    const { id } = await enqueueJob(ctx, { kind: 'flaky', payload: null, maxAttempts: 3 });
    const { id: refused } = await enqueueJob(ctx, { kind: 'refused', payload: null });
    let calls = 0;
    start({
      flaky: () => Promise.reject(new Error(`boom ${(calls += 1)}`)),
      refused: () => Promise.reject(new JobError('HTTP 404', { retryable: false })),
    });
    const failed = await eventually(async () => {
      const job = await ctx.store.jobs.get(id);
      return job?.status === 'failed' ? job : undefined;
    });
    expect(failed).toMatchObject({ attempts: 3, lastError: 'boom 3' });
    await eventually(async () => ((await statusOf(refused)) === 'failed' ? true : undefined));
    expect((await ctx.store.jobs.get(refused))?.attempts).toBe(1);
  });

  it('hands a job still running after the grace period back to the queue on stop', async () => {
    const { id } = await enqueueJob(ctx, { kind: 'hang', payload: null });
    const running = start({ hang: () => new Promise(() => undefined) }, 1, 50);
    await eventually(async () => ((await statusOf(id)) === 'running' ? true : undefined));
    await running.stop();
    worker = undefined;
    expect(await ctx.store.jobs.get(id)).toMatchObject({
      status: 'queued',
      attempts: 0,
      leaseOwner: null,
    });
  });

  it('enqueues a recurring slot once however many replicas schedule it', async () => {
    const recurring = {
      name: 'digest',
      schedule: parseSchedule('daily at 09:00 UTC'),
      kind: 'digest',
    };
    // Separate arrays: each stands for another process with its own memory of seen slots.
    const counts = await Promise.all([
      scheduleDueJobs(ctx, [recurring]),
      scheduleDueJobs(ctx, [{ ...recurring }]),
      scheduleDueJobs(ctx, [{ ...recurring }]),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const jobs = await ctx.store.jobs.list({ kinds: ['digest'], limit: 10 });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.payload).toEqual({
      slot: expect.stringMatching(/T09:00:00\.000Z$/) as unknown,
    });
  });
});
