import type { ClaimRequest, NewJob } from '@aftermath/core';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

const t0 = '2026-03-01T12:00:00.000Z';

/** `seconds` after t0 as canonical UTC text. */
function at(seconds: number): string {
  return new Date(Date.parse(t0) + seconds * 1000).toISOString();
}

function aJob(overrides: Partial<NewJob> = {}): NewJob {
  return {
    id: 'job-1',
    kind: 'notification.deliver',
    payload: { target: 'ops', n: 1 },
    runAt: t0,
    maxAttempts: 3,
    dedupeKey: null,
    createdAt: t0,
    ...overrides,
  };
}

function claimAs(owner: string, nowSeconds: number, leaseSeconds = 30): ClaimRequest {
  return {
    owner,
    kinds: ['notification.deliver'],
    now: at(nowSeconds),
    leaseExpiresAt: at(nowSeconds + leaseSeconds),
  };
}

describeEachDialect('job queue', (suite) => {
  it('claims a due job once, with a lease and a counted attempt, and completes it', async () => {
    const { jobs } = suite.store();
    await jobs.enqueue(aJob());
    const claimed = await jobs.claim(claimAs('worker-a', 1));
    expect(claimed).toMatchObject({
      id: 'job-1',
      status: 'running',
      attempts: 1,
      leaseOwner: 'worker-a',
      leaseExpiresAt: at(31),
      payload: { target: 'ops', n: 1 },
    });
    expect(await jobs.claim(claimAs('worker-b', 2))).toBeNull();
    expect(await jobs.complete('job-1', 'worker-b', at(3))).toBe(false);
    expect(await jobs.complete('job-1', 'worker-a', at(3))).toBe(true);
    expect(await jobs.get('job-1')).toMatchObject({ status: 'done', leaseOwner: null });
    expect(await jobs.claim(claimAs('worker-b', 100))).toBeNull();
  });

  it('leaves a job alone before its run time and jobs of kinds the worker does not handle', async () => {
    const { jobs } = suite.store();
    await jobs.enqueue(aJob({ runAt: at(60) }));
    await jobs.enqueue(aJob({ id: 'job-2', kind: 'slo.poll' }));
    expect(await jobs.claim(claimAs('w', 59))).toBeNull();
    expect((await jobs.claim(claimAs('w', 60)))?.id).toBe('job-1');
  });

  it('gives a job whose worker died to another worker once the lease expires', async () => {
    const { jobs } = suite.store();
    await jobs.enqueue(aJob());
    await jobs.claim(claimAs('dead', 0, 10));
    expect(await jobs.claim(claimAs('alive', 9))).toBeNull();
    const again = await jobs.claim(claimAs('alive', 10));
    expect(again).toMatchObject({ id: 'job-1', attempts: 2, leaseOwner: 'alive' });
    // The dead worker's late answer changes nothing.
    expect(await jobs.complete('job-1', 'dead', at(11))).toBe(false);
    expect(await jobs.get('job-1')).toMatchObject({ status: 'running', leaseOwner: 'alive' });
  });

  it('marks a job failed when its lease expires on the last attempt', async () => {
    const { jobs } = suite.store();
    await jobs.enqueue(aJob({ maxAttempts: 1 }));
    await jobs.claim(claimAs('dead', 0, 10));
    expect(await jobs.claim(claimAs('alive', 20))).toBeNull();
    expect(await jobs.get('job-1')).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: expect.stringContaining('lease expired') as unknown,
    });
  });

  it('retries at the given time with the last error kept, then fails for good', async () => {
    const { jobs } = suite.store();
    await jobs.enqueue(aJob());
    await jobs.claim(claimAs('w', 0));
    expect(await jobs.retry('job-1', 'w', { runAt: at(5), error: 'HTTP 503', now: at(1) })).toBe(
      true,
    );
    expect(await jobs.get('job-1')).toMatchObject({
      status: 'queued',
      runAt: at(5),
      lastError: 'HTTP 503',
    });
    expect(await jobs.claim(claimAs('w', 4))).toBeNull();
    expect((await jobs.claim(claimAs('w', 5)))?.attempts).toBe(2);
    expect(await jobs.fail('job-1', 'w', { error: 'HTTP 404', now: at(6) })).toBe(true);
    expect(await jobs.get('job-1')).toMatchObject({ status: 'failed', lastError: 'HTTP 404' });
  });

  it('takes a released job back as queued without counting the attempt', async () => {
    const { jobs } = suite.store();
    await jobs.enqueue(aJob());
    await jobs.claim(claimAs('w', 0));
    expect(await jobs.release('job-1', 'w', at(1))).toBe(true);
    expect(await jobs.get('job-1')).toMatchObject({
      status: 'queued',
      attempts: 0,
      leaseOwner: null,
    });
  });

  it('keeps one pending job per dedupe key, and the key is free again once it is done', async () => {
    const { jobs } = suite.store();
    expect(await jobs.enqueue(aJob({ dedupeKey: 'digest:2026-W09' }))).toBe(true);
    expect(await jobs.enqueue(aJob({ id: 'job-2', dedupeKey: 'digest:2026-W09' }))).toBe(false);
    expect((await jobs.findPending('digest:2026-W09'))?.id).toBe('job-1');
    await jobs.claim(claimAs('w', 0));
    expect(await jobs.enqueue(aJob({ id: 'job-3', dedupeKey: 'digest:2026-W09' }))).toBe(false);
    await jobs.complete('job-1', 'w', at(1));
    expect(await jobs.enqueue(aJob({ id: 'job-4', dedupeKey: 'digest:2026-W09' }))).toBe(true);
  });

  it('grants a schedule slot once, and only a later one after it', async () => {
    const { jobs } = suite.store();
    expect(await jobs.claimScheduleSlot('slo.poll', at(60))).toBe(true);
    expect(await jobs.claimScheduleSlot('slo.poll', at(60))).toBe(false);
    expect(await jobs.claimScheduleSlot('slo.poll', at(0))).toBe(false);
    expect(await jobs.claimScheduleSlot('jobs.prune', at(60))).toBe(true);
    expect(await jobs.claimScheduleSlot('slo.poll', at(120))).toBe(true);
  });

  it('lists newest first by kind and status, and prunes finished jobs older than a time', async () => {
    const { jobs } = suite.store();
    await jobs.enqueue(aJob({ id: 'a', createdAt: at(1) }));
    await jobs.enqueue(aJob({ id: 'b', createdAt: at(2) }));
    await jobs.enqueue(aJob({ id: 'c', kind: 'slo.poll', createdAt: at(3) }));
    const listed = await jobs.list({ kinds: ['notification.deliver'], limit: 10 });
    expect(listed.map((job) => job.id)).toEqual(['b', 'a']);
    await jobs.claim(claimAs('w', 10));
    await jobs.complete('a', 'w', at(11));
    expect((await jobs.list({ status: 'done', limit: 10 })).map((job) => job.id)).toEqual(['a']);
    expect(await jobs.prune(at(11))).toBe(0);
    expect(await jobs.prune(at(12))).toBe(1);
    expect(await jobs.get('a')).toBeNull();
  });

  it('lets two stores claim concurrently without handing out a job twice', async () => {
    const store = suite.store();
    const other = await store.openAgain();
    try {
      for (let i = 0; i < 20; i += 1) {
        await store.jobs.enqueue(aJob({ id: `job-${String(i).padStart(2, '0')}` }));
      }
      const drain = async (owner: string, jobs: typeof store.jobs) => {
        const ids: string[] = [];
        for (;;) {
          const job = await jobs.claim(claimAs(owner, 1));
          if (job === null) return ids;
          ids.push(job.id);
        }
      };
      const [a, b] = await Promise.all([drain('a', store.jobs), drain('b', other.store.jobs)]);
      expect([...a, ...b].sort()).toEqual(
        Array.from({ length: 20 }, (_, i) => `job-${String(i).padStart(2, '0')}`),
      );
    } finally {
      await other.store.close();
    }
  });
});
