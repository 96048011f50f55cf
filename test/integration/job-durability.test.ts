import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createIdGenerator,
  enqueueNotification,
  setNotificationTarget,
  type Context,
  type Job,
  type Store,
} from '@aftermath/core';
import { systemClock, systemPrincipal } from '@aftermath/domain';
import { openStore } from '@aftermath/storage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  eventually,
  startHttpReceiver,
  type HttpReceiver,
} from '../../apps/server/test/notification-peers';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process';

// Deliveries survive the worker process dying: killed with SIGKILL (no shutdown code runs) between
// attempts, or in the middle of one while it holds the job's lease.

const secret = ['durable', 'delivery', 'key', '0123456789'].join('-');

describe('durable deliveries across worker crashes (SQLite, real processes)', () => {
  let dataDir: string;
  let receiver: HttpReceiver;
  let store: Store;
  const workers: WorkerProcess[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aftermath-durable-'));
    receiver = await startHttpReceiver();
    store = await openStore({ kind: 'sqlite', dataDir });
    const ctx: Context = { store, clock: systemClock, newId: createIdGenerator() };
    await setNotificationTarget(ctx, systemPrincipal, 'hook', {
      type: 'webhook',
      // Only the event under test: the worker's weekly report would reach a target taking every
      // event whenever this week's is due.
      events: ['published'],
      url: receiver.url,
      secret,
    });
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.kill();
    await store.close();
    await receiver.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const enqueue = async (title: string) => {
    const ctx: Context = { store, clock: systemClock, newId: createIdGenerator() };
    const [id] = await enqueueNotification(ctx, { kind: 'published', title });
    if (id === undefined) throw new Error('no delivery queued');
    return id;
  };
  const worker = async (...args: string[]) => {
    const started = await startWorkerProcess(['--data', dataDir, ...args]);
    workers.push(started);
    return started;
  };
  const jobWhere = (id: string, test: (job: Job) => boolean) =>
    eventually(async () => {
      const job = await store.jobs.get(id);
      return job !== null && test(job) ? job : undefined;
    }, 30_000);

  it('delivers a job queued before a crash exactly once after the restart', async () => {
    const id = await enqueue('INC-3 published');
    receiver.answers.push({ status: 503, headers: { 'retry-after': '1' } });
    const first = await worker();
    await jobWhere(id, (job) => job.status === 'queued' && job.attempts === 1);
    await first.kill();

    await worker();
    const done = await jobWhere(id, (job) => job.status === 'done');
    expect(done.attempts).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.received.map((r) => r.headers['x-aftermath-delivery'])).toEqual([id, id]);
  }, 90_000);

  it('runs a job again once the lease of a worker that died holding it expires', async () => {
    receiver.answers.push({ hold: true });
    const id = await enqueue('INC-4 published');
    const doomed = await worker('--lease-seconds', '2');
    await eventually(() => (receiver.received.length === 1 ? true : undefined), 30_000);
    expect((await store.jobs.get(id))?.status).toBe('running');
    await doomed.kill();

    await worker('--lease-seconds', '2');
    const done = await jobWhere(id, (job) => job.status === 'done');
    expect(done.attempts).toBe(2);
    expect(receiver.received).toHaveLength(2);
  }, 90_000);
});
