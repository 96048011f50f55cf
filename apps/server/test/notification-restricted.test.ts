import {
  broadcastReader,
  buildReport,
  createIncident,
  enqueueNotification,
  setNotificationTarget,
  type Context,
} from '@aftermath/core';
import { createIncidentInput, systemPrincipal } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startJobRunner, type Worker } from '../src';
import { eventually, startHttpReceiver, type HttpReceiver } from './notification-peers';

// Notification targets are broadcast channels: a restricted incident's title, body and facts
// never reach them, only its key, the event and the link (docs/security.md).

const secret = ['restricted', 'signing', 'key', '0123456789'].join('-');
const marker = 'quokkaleak';

describeEachDialect('notifications about restricted incidents', (suite) => {
  let receiver: HttpReceiver;
  let worker: Worker | undefined;
  let ctx: Context;

  // The targets take only the event under test: the job runner's weekly report would reach a
  // target taking every event whenever this week's is due.
  beforeEach(async () => {
    receiver = await startHttpReceiver();
    ctx = { store: suite.store(), clock: () => new Date(), newId: () => crypto.randomUUID() };
    await setNotificationTarget(ctx, systemPrincipal, 'chat', {
      type: 'slack',
      events: ['approval'],
      url: `${receiver.url}/chat`,
    });
    await setNotificationTarget(ctx, systemPrincipal, 'hook', {
      type: 'webhook',
      events: ['approval'],
      url: `${receiver.url}/hook`,
      secret,
    });
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await receiver.close();
  });

  const addIncident = (visibility: 'normal' | 'restricted') =>
    createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({
        title: `Credentials ${marker} exposed`,
        severity: 'SEV2',
        services: ['vault'],
        visibility,
      }),
    );
  const deliverAll = async (ids: readonly string[]) => {
    worker = startJobRunner({
      store: suite.store(),
      pollMs: 50,
      backoff: { baseMs: 50, maxMs: 200 },
    });
    for (const id of ids) {
      await eventually(async () =>
        (await ctx.store.jobs.get(id))?.status === 'done' ? true : undefined,
      );
    }
  };
  const announce = (key: string) =>
    enqueueNotification(ctx, {
      kind: 'approval',
      title: `${key} Credentials ${marker} exposed: approved`,
      body: `Root cause: the ${marker} bucket was public.`,
      incidentKey: key,
      facts: { Bucket: marker },
      url: `http://127.0.0.1:4000/incidents/${key}`,
    });

  it('sends a restricted incident’s key, event and link to Slack and webhooks, and none of its texts', async () => {
    const incident = await addIncident('restricted');
    const ids = await announce(incident.key);
    expect(ids).toHaveLength(2);
    await deliverAll(ids);
    expect(receiver.received).toHaveLength(2);
    for (const { body } of receiver.received) {
      expect(body.toLowerCase()).not.toContain(marker);
      expect(body).toContain(incident.key);
      expect(body).toContain(`http://127.0.0.1:4000/incidents/${incident.key}`);
    }
    const hook = receiver.received.find((post) => post.headers['x-aftermath-event'] !== undefined);
    expect(JSON.parse(hook?.body ?? '{}')).toMatchObject({
      event: 'approval',
      incidentKey: incident.key,
      title: `Restricted incident ${incident.key}: approval`,
      facts: {},
    });
    // The delivery log (admins) shows the withheld title too: the queued payload never held it.
    const job = await ctx.store.jobs.get(ids[0] ?? '');
    expect(JSON.stringify(job?.payload).toLowerCase()).not.toContain(marker);
  });

  it('sends a normal incident’s texts as they are', async () => {
    const incident = await addIncident('normal');
    const ids = await announce(incident.key);
    await deliverAll(ids);
    expect(receiver.received).toHaveLength(2);
    for (const { body } of receiver.received) expect(body).toContain(marker);
  });

  it('withholds the texts of a restricted incident created in the same transaction', async () => {
    const ids = await ctx.store.transaction(async () => {
      const incident = await addIncident('restricted');
      return announce(incident.key);
    });
    await deliverAll(ids);
    for (const { body } of receiver.received) expect(body.toLowerCase()).not.toContain(marker);
  });

  it('builds the report sent to targets without restricted incidents, counted or listed', async () => {
    await addIncident('restricted');
    await addIncident('normal');
    const at = new Date().toISOString();
    const full = await buildReport(ctx, systemPrincipal, 'monthly', at);
    const sent = await buildReport(ctx, broadcastReader, 'monthly', at);
    expect(full).toMatchObject({
      incidents: { current: 2 },
      topServices: [{ name: 'vault', count: 2 }],
    });
    expect(sent).toMatchObject({
      incidents: { current: 1 },
      topServices: [{ name: 'vault', count: 1 }],
    });
  });
});
