import { createHmac } from 'node:crypto';
import { enqueueNotification, setNotificationTarget, type Context } from '@aftermath/core';
import { systemPrincipal, type NotificationTargetInput } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startJobRunner, type Worker } from '../src';
import {
  eventually,
  startHttpReceiver,
  startSmtpReceiver,
  type HttpReceiver,
} from './notification-peers';

// Real deliveries: the job runner sends through its real HTTP and SMTP clients to receivers on
// 127.0.0.1, and each test reads what arrived.

const secret = ['notify', 'signing', 'key', '0123456789'].join('-');
const awsKey = 'AKIA' + 'IOSFODNN7EXAMPLE';

/** A target as the API takes it: the name comes from the path. */
type TargetBody = NotificationTargetInput extends infer T
  ? T extends unknown
    ? Omit<T, 'name'>
    : never
  : never;

describeEachDialect('notification delivery', (suite) => {
  let receiver: HttpReceiver;
  let worker: Worker | undefined;
  let ctx: Context;

  beforeEach(async () => {
    receiver = await startHttpReceiver();
    ctx = { store: suite.store(), clock: () => new Date(), newId: () => crypto.randomUUID() };
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await receiver.close();
  });

  const run = () => {
    worker = startJobRunner({
      store: suite.store(),
      pollMs: 50,
      backoff: { baseMs: 50, maxMs: 200 },
    });
  };
  const addTarget = (name: string, target: TargetBody) =>
    setNotificationTarget(ctx, systemPrincipal, name, target);
  const delivery = async (id: string, status: 'done' | 'failed') =>
    eventually(async () => {
      const job = await ctx.store.jobs.get(id);
      return job?.status === status ? job : undefined;
    });

  it('posts a redacted Block Kit message to a Slack-compatible target', async () => {
    await addTarget('ops', { type: 'slack', events: ['review_requested'], url: receiver.url });
    const ids = await enqueueNotification(ctx, {
      kind: 'review_requested',
      title: 'Review requested: INC-4 Checkout outage',
      body: `The draft quotes the leaked key ${awsKey} from the logs.`,
      incidentKey: 'INC-4',
      facts: { Severity: 'SEV2' },
      url: 'http://127.0.0.1:4000/incidents/INC-4',
    });
    expect(ids).toHaveLength(1);
    run();
    await delivery(ids[0] ?? '', 'done');
    expect(receiver.received).toHaveLength(1);
    const raw = receiver.received[0]?.body ?? '';
    expect(raw).not.toContain(awsKey);
    const message = JSON.parse(raw) as { text: string; blocks: { type: string }[] };
    expect(message.text).toBe('Review requested: INC-4 Checkout outage');
    expect(message.blocks.map((b) => b.type)).toEqual(['section', 'section', 'context']);
    expect(raw).toContain('INC-4');
    expect(raw).toContain('<http://127.0.0.1:4000/incidents/INC-4|Open in Aftermath>');
  });

  it('signs a generic webhook over timestamp + "." + body, and skips targets not subscribed', async () => {
    await addTarget('hook', { type: 'webhook', events: '*', url: receiver.url, secret });
    await addTarget('quiet', {
      type: 'slack',
      events: ['published'],
      url: `${receiver.url}/quiet`,
    });
    const [id] = await enqueueNotification(ctx, { kind: 'approval', title: 'INC-9 approved' });
    run();
    await delivery(id ?? '', 'done');
    expect(receiver.received).toHaveLength(1);
    const { headers, body } = receiver.received[0] ?? { headers: {}, body: '' };
    const timestamp = String(headers['x-aftermath-timestamp']);
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(headers['x-aftermath-signature']).toBe(`v1=${expected}`);
    expect(headers['x-aftermath-delivery']).toBe(id);
    expect(JSON.parse(body)).toMatchObject({ id, event: 'approval', title: 'INC-9 approved' });
  });

  it('retries a 503 after its Retry-After and gives up at once on a 4xx', async () => {
    await addTarget('flaky', { type: 'webhook', events: ['published'], url: receiver.url, secret });
    receiver.answers.push({ status: 503, headers: { 'retry-after': '0' } });
    const [retried] = await enqueueNotification(ctx, {
      kind: 'published',
      title: 'INC-1 published',
    });
    run();
    const done = await delivery(retried ?? '', 'done');
    expect(done).toMatchObject({
      attempts: 2,
      lastError: expect.stringContaining('HTTP 503') as unknown,
    });

    receiver.answers.push({ status: 410 });
    const [refused] = await enqueueNotification(ctx, {
      kind: 'published',
      title: 'INC-2 published',
    });
    const failed = await delivery(refused ?? '', 'failed');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain('HTTP 410');
    expect(receiver.received).toHaveLength(3);
  });

  it('sends e-mail through a real SMTP server with the target’s login', async () => {
    const password = ['smtp', 'pass', 'word', '42'].join('-');
    const smtp = await startSmtpReceiver({ user: 'aftermath', password });
    try {
      await addTarget('mail', {
        type: 'email',
        events: ['deadline_passed'],
        smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: 'aftermath', password },
        from: 'aftermath@example.test',
        to: ['oncall@example.test', 'lead@example.test'],
      });
      const [id] = await enqueueNotification(ctx, {
        kind: 'deadline_passed',
        title: 'INC-7: the final postmortem is overdue',
        body: 'It was due 2026-11-20.',
        facts: { Owner: 'ana' },
      });
      run();
      await delivery(id ?? '', 'done');
      expect(smtp.mails).toHaveLength(1);
      const mail = smtp.mails[0];
      expect(mail?.user).toBe('aftermath');
      expect(mail?.from).toBe('aftermath@example.test');
      expect(mail?.to).toEqual(['oncall@example.test', 'lead@example.test']);
      expect(mail?.raw).toContain('Subject: [Aftermath] INC-7: the final postmortem is overdue');
      expect(mail?.raw).toContain('It was due 2026-11-20.');
      expect(mail?.raw).toContain(`X-Aftermath-Delivery: ${id}`);
    } finally {
      await smtp.close();
    }
  });
});
