import { randomBytes } from 'node:crypto';
import {
  createAction,
  createIncident,
  createSecretBox,
  listOutgoingCalls,
  pollTrackers,
  requestActionIssue,
  retryOutgoingCall,
  setTrackerConfig,
  type Context,
  type TrackerDeps,
} from '@aftermath/core';
import {
  createActionItemInput,
  createIncidentInput,
  systemPrincipal as admin,
} from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startJobRunner, type Worker } from '../../src';
import { createTrackerClient } from '../../src/trackers/tracker-client';
import { eventually } from '../notification-peers';
import { fakeCredentials, startFakeTrackers, type FakeTrackers } from './fake-trackers';

// Tracker calls through the real job runner and HTTP clients against the local fake trackers:
// retries with back-off and Retry-After, a refused token given up and retried by hand, automatic
// issues and polling.

describeEachDialect('tracker jobs', (suite) => {
  let fake: FakeTrackers;
  let worker: Worker | undefined;
  let ctx: Context;
  let deps: TrackerDeps;
  let incidentKey: string;

  beforeEach(async () => {
    fake = await startFakeTrackers();
    ctx = { store: suite.store(), clock: () => new Date(), newId: () => crypto.randomUUID() };
    deps = { secrets: createSecretBox(randomBytes(32)), client: createTrackerClient() };
    const input = createIncidentInput.parse({ title: 'Queue backlog', severity: 'SEV2' });
    incidentKey = (await createIncident(ctx, admin, input)).key;
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await fake.close();
  });

  const run = () => {
    worker = startJobRunner({
      store: suite.store(),
      trackers: deps,
      pollMs: 50,
      backoff: { baseMs: 50, maxMs: 200 },
    });
  };
  const addAction = (title: string) =>
    createAction(ctx, admin, incidentKey, createActionItemInput.parse({ title }));
  const configure = (body: Record<string, unknown>) =>
    setTrackerConfig(ctx, admin, deps.secrets, 'default', { baseUrl: fake.url, ...body });
  const jira = {
    kind: 'jira',
    project: 'OPS',
    user: fakeCredentials.jiraUser,
    token: fakeCredentials.jiraToken,
  };

  it('files the issue after a 429 with Retry-After and a 503, and logs three attempts', async () => {
    await configure(jira);
    const action = await addAction('Alert on queue depth');
    fake.answers.push({
      status: 429,
      headers: { 'retry-after': '0' },
      body: { errorMessages: ['Rate limit'] },
    });
    fake.answers.push({ status: 503, body: 'maintenance' });
    const { deliveryId } = await requestActionIssue(ctx, admin, action.id, {});
    run();
    const link = await eventually(
      async () => (await ctx.store.trackerLinks.get(action.id)) ?? undefined,
    );
    expect(link).toMatchObject({ kind: 'jira', ref: 'OPS-1', state: 'open', team: 'default' });
    expect(fake.jira.get('OPS-1')?.title).toBe('Alert on queue depth');
    // No issue type configured: Jira gets a Task.
    expect(fake.jira.get('OPS-1')?.issueType).toBe('Task');
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    const [call] = await eventually(async () => {
      const calls = await listOutgoingCalls(ctx, admin, {});
      return calls[0]?.status === 'done' ? calls : undefined;
    });
    expect(call).toMatchObject({ id: deliveryId, channel: 'tracker.create', attempts: 3 });
    expect(call?.lastError).toContain('HTTP 503');
  });

  it('gives up at once on a refused token; a retry after fixing it files the issue', async () => {
    await configure({ ...jira, token: 'expired' });
    const action = await addAction('Rotate credentials');
    const { deliveryId } = await requestActionIssue(ctx, admin, action.id, {});
    run();
    const failed = await eventually(async () => {
      const call = (await listOutgoingCalls(ctx, admin, { status: 'failed' }))[0];
      return call;
    });
    expect(failed).toMatchObject({ id: deliveryId, attempts: 1, summary: 'Rotate credentials' });
    expect(failed.lastError).toContain('HTTP 401 (the token was refused)');
    expect(failed.lastError).not.toContain(fakeCredentials.jiraToken);
    await configure({ ...jira, issueType: 'Bug' });
    const again = await retryOutgoingCall(ctx, admin, deliveryId);
    expect(again.id).not.toBe(deliveryId);
    const link = await eventually(
      async () => (await ctx.store.trackerLinks.get(action.id)) ?? undefined,
    );
    expect(fake.jira.get(link.ref)?.issueType).toBe('Bug');
    await expect(retryOutgoingCall(ctx, admin, again.id)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('files issues by itself for new actions and polls their state back', async () => {
    const before = await addAction('Created before auto-creation');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await configure({
      kind: 'linear',
      project: 'team-uuid-1',
      token: fakeCredentials.linearKey,
      autoCreate: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const after = await addAction('Add a circuit breaker');
    expect(await pollTrackers(ctx)).toEqual({ syncs: 0, creations: 1 });
    run();
    const link = await eventually(
      async () => (await ctx.store.trackerLinks.get(after.id)) ?? undefined,
    );
    expect(link).toMatchObject({ ref: 'ENG-1', state: 'open', status: 'Todo' });
    expect(await ctx.store.trackerLinks.get(before.id)).toBeNull();
    Object.assign(fake.linear.get('ENG-1')!, { state: 'completed', stateName: 'Done' });
    expect(await pollTrackers(ctx)).toEqual({ syncs: 1, creations: 0 });
    const synced = await eventually(async () => {
      const current = await ctx.store.trackerLinks.get(after.id);
      return current?.state === 'done' ? current : undefined;
    });
    expect(synced.status).toBe('Done');
    expect(await pollTrackers(ctx)).toEqual({ syncs: 0, creations: 0 });
  });
});
