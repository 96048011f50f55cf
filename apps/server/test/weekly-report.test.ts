import { enqueueJob, sendWeeklyReport, type Context } from '@aftermath/core';
import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJobRunner, type Worker } from '../src';
import { createApiHarness, type ApiHarness } from './api-harness';
import { eventually, startHttpReceiver, type HttpReceiver } from './notification-peers';

// The weekly review goes out through the real job runner and HTTP client to a receiver on
// 127.0.0.1. Data is seeded through the API on Friday 2026-11-20; the week after starts Monday
// 2026-11-23 (ISO week 2026-W48), and the policy sends on Mondays at 09:00 UTC.

interface Received {
  event: string;
  title: string;
  body: string;
}

const secret = ['report', 'signing', 'key', '0123456789'].join('-');
const at = (iso: string) => new Date(iso);

describe.each(testDialects())('the weekly report job on %s', (dialect) => {
  let api: ApiHarness;
  let receiver: HttpReceiver;
  let worker: Worker | undefined;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    receiver = await startHttpReceiver();
    await api.request('PUT', '/api/v1/notifications/targets/reviews', {
      type: 'webhook',
      events: ['report'],
      url: receiver.url,
      secret,
    });
    const policy = await api.request('PUT', '/api/v1/settings/policy', {
      reports: { weekly: { day: 'monday', hourUtc: 9 } },
    });
    expect(policy.statusCode, policy.body).toBe(200);
    await incidentWithOverdueAction('Checkout 502s', 'normal');
    await incidentWithOverdueAction('Leaked signing key', 'restricted');
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await receiver.close();
    await api.close();
  });

  async function incidentWithOverdueAction(title: string, visibility: string) {
    const created = await api.request('POST', '/api/v1/incidents', {
      title,
      severity: 'SEV2',
      visibility,
    });
    const { key } = created.json<{ key: string }>();
    const action = await api.request('POST', `/api/v1/incidents/${key}/actions`, {
      title: `Follow up on ${title}`,
      dueDate: '2026-11-21',
    });
    expect(action.statusCode, action.body).toBe(201);
  }
  const ctxAt = (now: Date): Context => ({
    store: api.store,
    clock: () => now,
    newId: () => crypto.randomUUID(),
  });
  const reports = () => receiver.received.map((post) => JSON.parse(post.body) as Received);

  it('sends the week’s review once, at the policy’s day and hour, without restricted incidents', async () => {
    expect(await sendWeeklyReport(ctxAt(at('2026-11-23T08:59:00.000Z')))).toBe(false);

    const monday = at('2026-11-23T09:30:00.000Z');
    // The runner's hourly schedule enqueues the job too (once per process: the first dialect's
    // run remembers the slot), so one or two runs happen; either way one report goes out.
    await enqueueJob(ctxAt(monday), { kind: 'reports.weekly', payload: null });
    worker = startJobRunner({ store: api.store, clock: () => monday, pollMs: 50 });
    await eventually(() => (receiver.received.length >= 1 ? true : undefined), 60_000);
    await eventually(async () => {
      const runs = await api.store.jobs.list({ kinds: ['reports.weekly'], limit: 10 });
      return runs.length >= 1 && runs.every((job) => job.status === 'done') ? true : undefined;
    }, 60_000);
    await worker.stop();

    const sent = reports();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.title).toBe('Aftermath weekly review 2026-W48');
    expect(sent[0]?.body).toContain('Follow up on Checkout 502s');
    expect(sent[0]?.body).not.toContain('Leaked signing key');
    // Later the same week: nothing more.
    expect(await sendWeeklyReport(ctxAt(at('2026-11-26T12:00:00.000Z')))).toBe(false);
  }, 120_000);

  it('sends nothing while switched off, and again the next week once switched on', async () => {
    const off = await api.request('PUT', '/api/v1/settings/policy', {
      reports: { weekly: { enabled: false, day: 'monday', hourUtc: 9 } },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(await sendWeeklyReport(ctxAt(at('2026-11-23T10:00:00.000Z')))).toBe(false);

    await api.request('PUT', '/api/v1/settings/policy', {
      reports: { weekly: { day: 'tuesday', hourUtc: 7 } },
    });
    expect(await sendWeeklyReport(ctxAt(at('2026-11-23T10:00:00.000Z')))).toBe(false);
    expect(await sendWeeklyReport(ctxAt(at('2026-11-24T07:00:00.000Z')))).toBe(true);
    expect(await sendWeeklyReport(ctxAt(at('2026-11-29T23:00:00.000Z')))).toBe(false);
    expect(await sendWeeklyReport(ctxAt(at('2026-12-01T07:05:00.000Z')))).toBe(true);
    const notifications = await api.store.jobs.list({ kinds: ['notification.deliver'], limit: 10 });
    expect(notifications).toHaveLength(2);
  }, 120_000);

  it('refuses a bad schedule naming the field, and keeps the saved one', async () => {
    const bad = await api.request('PUT', '/api/v1/settings/policy', {
      reports: { weekly: { day: 'someday', hourUtc: 24 } },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ error: { details: { path: string }[] } }>().error.details;
    expect(paths.map((d) => d.path).sort()).toEqual([
      'body.reports.weekly.day',
      'body.reports.weekly.hourUtc',
    ]);
    const policy = await api.request('GET', '/api/v1/settings/policy');
    expect(policy.json<{ reports: unknown }>().reports).toEqual({
      weekly: { enabled: true, day: 'monday', hourUtc: 9 },
    });
  }, 60_000);
});
