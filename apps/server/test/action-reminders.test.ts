import {
  enqueueJob,
  sendActionReminders,
  sendDeadlineReminders,
  sendWeeklyDigests,
  type Context,
} from '@aftermath/core';
import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJobRunner, type Worker } from '../src';
import { createApiHarness, type ApiHarness } from './api-harness';
import { eventually, startHttpReceiver, type HttpReceiver } from './notification-peers';

// Reminders go out through the real job runner (its schedules enqueue them) and the real HTTP
// client to a receiver on 127.0.0.1; data is seeded through the API on 2026-11-20T10:00Z (a
// Friday), and the runner's clock is set a few days later.

interface Received {
  event: string;
  title: string;
  body: string;
  facts: Record<string, string>;
}

const secret = ['reminder', 'signing', 'key', '0123456789'].join('-');
const monday = new Date('2026-11-23T09:30:00.000Z');

describe.each(testDialects())('reminders on %s', (dialect) => {
  let api: ApiHarness;
  let receiver: HttpReceiver;
  let worker: Worker | undefined;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    receiver = await startHttpReceiver();
    await api.request('PUT', '/api/v1/notifications/targets/ops', {
      type: 'webhook',
      events: [
        'action_overdue',
        'action_stale',
        'deadline_near',
        'deadline_passed',
        'weekly_digest',
      ],
      url: receiver.url,
      secret,
    });
    await api.request('PUT', '/api/v1/services/checkout-api', { team: 'payments' });
    await api.request('PUT', '/api/v1/services/search-api', { team: 'discovery' });
    // Resolved 2026-11-20 09:00: the draft is due 72 h later, 2026-11-23 09:00 (passed on Monday).
    const checkout = await incident('Checkout 502s', 'checkout-api', '2026-11-20T09:00:00.000Z');
    // Resolved on Saturday morning: its draft is due on Tuesday morning, near on Monday 09:30.
    await incident('Search slow', 'search-api', '2026-11-21T08:00:00.000Z');
    await action(checkout, {
      title: 'Alert on pool saturation',
      owner: 'dana',
      dueDate: '2026-11-21',
    });
    await action(checkout, { title: 'Tune pool size', owner: 'erin', priority: 'P0' });
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await receiver.close();
    await api.close();
  });

  async function incident(title: string, service: string, resolvedAt: string) {
    const created = await api.request('POST', '/api/v1/incidents', {
      title,
      severity: 'SEV2',
      services: [service],
      milestones: { resolvedAt },
    });
    const { key } = created.json<{ key: string }>();
    await api.request(
      'PATCH',
      `/api/v1/incidents/${key}`,
      { status: 'resolved' },
      { 'if-match': '"1"' },
    );
    return key;
  }
  async function action(key: string, body: Record<string, unknown>) {
    const response = await api.request('POST', `/api/v1/incidents/${key}/actions`, body);
    expect(response.statusCode, response.body).toBe(201);
  }
  const ctxAt = (at: Date): Context => ({
    store: api.store,
    clock: () => at,
    newId: () => crypto.randomUUID(),
  });
  const received = () => receiver.received.map((post) => JSON.parse(post.body) as Received);
  const run = (at: Date) => {
    worker = startJobRunner({ store: api.store, clock: () => at, pollMs: 50 });
  };

  it('sends overdue, stale, deadline and digest reminders through the job queue, each once', async () => {
    // The runner's schedules enqueue both jobs at their slots; a process remembers the slots it
    // scheduled, so they are also enqueued here (running them twice must not send twice).
    await enqueueJob(ctxAt(monday), { kind: 'reminders.send', payload: null });
    await enqueueJob(ctxAt(monday), { kind: 'reminders.weekly-digest', payload: null });
    run(monday);
    // Overdue 1 + stale 1 (the P0 action, quiet for almost 3 days, over its 2) + deadlines 2 + digest 1.
    await eventually(() => (receiver.received.length >= 5 ? true : undefined), 60_000);
    // Every reminder run finished, so a second run had its chance to send duplicates.
    await eventually(async () => {
      const all = await api.store.jobs.list({ kinds: ['reminders.send'], limit: 10 });
      return all.every((job) => job.status === 'done') ? true : undefined;
    }, 60_000);

    await worker?.stop();
    const events = received();
    const titles = events.map((event) => `${event.event}: ${event.title}`).sort();
    expect(titles).toEqual([
      'action_overdue: Action overdue by 2 days: Alert on pool saturation (INC-1)',
      'action_stale: No update for 2 days: Tune pool size (INC-1)',
      'deadline_near: INC-2: the postmortem draft is due in 23 h',
      'deadline_passed: INC-1: the postmortem draft is overdue by 1 h',
      'weekly_digest: Weekly digest for payments: 2 open actions, 1 overdue',
    ]);
    const overdue = events.find((event) => event.event === 'action_overdue');
    expect(overdue?.facts).toMatchObject({ Owner: 'dana', Teams: 'payments', Due: '2026-11-21' });
    const digest = events.find((event) => event.event === 'weekly_digest');
    expect(digest?.body).toContain(
      'INC-1 P2 Alert on pool saturation (dana, due 2026-11-21, 2 d overdue)',
    );

    // Again in the same week and periods: nothing new, from the job or a direct call.
    const again = ctxAt(new Date(monday.getTime() + 3_600_000));
    expect(await sendActionReminders(again)).toBe(0);
    expect(await sendDeadlineReminders(again)).toBe(0);
    expect(await sendWeeklyDigests(again)).toBe(0);
  }, 120_000);

  it('reminds about an overdue action again the next week, not before', async () => {
    const tuesday = ctxAt(new Date('2026-11-24T12:00:00.000Z'));
    const queued = async (ctx: Context) => {
      const before = (await api.store.jobs.list({ limit: 500 })).length;
      await sendActionReminders(ctx);
      const jobs = await api.store.jobs.list({ limit: 500 });
      return jobs.length - before;
    };
    // Tuesday: the P2 action is overdue (due 2026-11-21); the P0 one is stale (2-day SLA).
    expect(await queued(tuesday)).toBe(2);
    // Sunday, same week: the P0 action is now overdue too (due 2026-11-27) and stale again.
    expect(await queued(ctxAt(new Date('2026-11-29T23:00:00.000Z')))).toBe(2);
    // Monday: a new week, so both overdue actions are reminded again; no new stale period yet.
    expect(await queued(ctxAt(new Date('2026-11-30T08:00:00.000Z')))).toBe(2);
    expect(await queued(ctxAt(new Date('2026-11-30T09:00:00.000Z')))).toBe(0);
  }, 120_000);
});
