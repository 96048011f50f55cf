import { createHmac } from 'node:crypto';
import { testDialects } from '@aftermath/storage/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../api-harness';
import { fakeCredentials, startFakeTrackers, type FakeTrackers } from './fake-trackers';

// Tracker configuration, linking, webhooks and the delivery log through the HTTP API, with the
// trackers played by a local server speaking their documented APIs (fake-trackers.ts).

const savedKey = process.env.AFTERMATH_SECRET_KEY;
beforeAll(() => {
  process.env.AFTERMATH_SECRET_KEY = 'ab'.repeat(32);
});
afterAll(() => {
  if (savedKey === undefined) delete process.env.AFTERMATH_SECRET_KEY;
  else process.env.AFTERMATH_SECRET_KEY = savedKey;
});

const hookSecret = ['tracker', 'hook', 'secret', '42'].join('-');
const sign = (body: string) => createHmac('sha256', hookSecret).update(body).digest('hex');

describe.each(testDialects())('issue trackers API on %s', (dialect) => {
  let api: ApiHarness;
  let fake: FakeTrackers;
  let incident: string;
  let actionIds: string[];

  beforeEach(async () => {
    fake = await startFakeTrackers();
    api = await createApiHarness(dialect);
    const created = await api.request('POST', '/api/v1/incidents', {
      title: 'Queue backlog',
      severity: 'SEV2',
    });
    incident = created.json<{ key: string }>().key;
    actionIds = [];
    for (const title of ['Alert on queue depth', 'Shard the queue', 'Load test']) {
      const action = await api.request('POST', `/api/v1/incidents/${incident}/actions`, { title });
      actionIds.push(action.json<{ id: string }>().id);
    }
  });
  afterEach(async () => {
    await api.close();
    await fake.close();
  });

  const putTracker = (team: string, body: Record<string, unknown>) =>
    api.request('PUT', `/api/v1/trackers/${team}`, {
      baseUrl: fake.url,
      webhookSecret: hookSecret,
      ...body,
    });
  const github = { kind: 'github', project: 'acme/api', token: fakeCredentials.githubToken };
  const jiraBody = {
    kind: 'jira',
    project: 'OPS',
    user: fakeCredentials.jiraUser,
    token: fakeCredentials.jiraToken,
  };

  it('gives a Jira tracker the issue type Task unless the team names another', async () => {
    const plain = await putTracker('ops', jiraBody);
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json()).toMatchObject({ kind: 'jira', issueType: 'Task' });
    const bug = await putTracker('ops', { ...jiraBody, issueType: ' Bug ' });
    expect(bug.json()).toMatchObject({ issueType: 'Bug' });
    expect((await putTracker('default', github)).json()).toMatchObject({ issueType: null });
    const listed = await api.request('GET', '/api/v1/trackers');
    expect(listed.json()).toMatchObject({
      items: [
        { team: 'default', issueType: null },
        { team: 'ops', issueType: 'Bug' },
      ],
    });
  });

  it('stores the token encrypted and never answers with it', async () => {
    const saved = await putTracker('default', github);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ team: 'default', tokenSet: true, webhookSecretSet: true });
    expect(saved.body).not.toContain(fakeCredentials.githubToken);
    const stored = JSON.stringify(await api.store.settings.get('trackers.configs'));
    expect(stored).not.toContain(fakeCredentials.githubToken);
    expect(stored).not.toContain(hookSecret);
    const listed = await api.request('GET', '/api/v1/trackers');
    expect(listed.body).not.toContain(fakeCredentials.githubToken);
    const { token: _token, ...withoutToken } = github;
    const kept = await putTracker('default', { ...withoutToken, autoCreate: true });
    expect(kept.json()).toMatchObject({ tokenSet: true, autoCreate: true });
  });

  it('refuses a bad configuration naming the field, and changes nothing', async () => {
    const noSlash = await putTracker('default', { ...github, project: 'api' });
    expect(noSlash.statusCode).toBe(400);
    expect(noSlash.json()).toMatchObject({ error: { details: [{ path: 'body.project' }] } });
    const noToken = await putTracker('payments', { kind: 'linear', project: 'team-1' });
    expect(noToken.statusCode).toBe(400);
    expect(noToken.body).toContain('token');
    const noUser = await putTracker('ops', { kind: 'jira', project: 'OPS', token: 'x' });
    expect(noUser.json()).toMatchObject({ error: { details: [{ path: 'body.user' }] } });
    const typedGithub = await putTracker('default', { ...github, issueType: 'Bug' });
    expect(typedGithub.statusCode).toBe(400);
    expect(typedGithub.json()).toMatchObject({
      error: { details: [{ path: 'body.issueType', message: 'only Jira has issue types' }] },
    });
    const blankType = await putTracker('ops', { ...jiraBody, issueType: ' ' });
    expect(blankType.json()).toMatchObject({ error: { details: [{ path: 'body.issueType' }] } });
    expect((await api.request('GET', '/api/v1/trackers')).json()).toEqual({ items: [] });
    const viewer = await api.addUser('vera', 'viewer');
    const denied = await api.request(
      'PUT',
      '/api/v1/trackers/default',
      { ...github, baseUrl: fake.url },
      viewer.authHeaders,
    );
    expect(denied.statusCode).toBe(403);
  });

  it('links an existing issue, shows it on the incident and refuses a missing one', async () => {
    await putTracker('default', github);
    fake.github.set(1, { title: 'Queue alert', description: '', state: 'open', stateName: 'open' });
    const linked = await api.request('PUT', `/api/v1/actions/${actionIds[0]}/issue`, { ref: '#1' });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ ref: 'acme/api#1', state: 'open', kind: 'github' });
    expect(fake.requests.at(-1)?.headers.authorization).toBe(
      `Bearer ${fakeCredentials.githubToken}`,
    );
    const again = await api.request('PUT', `/api/v1/actions/${actionIds[0]}/issue`, { ref: '#1' });
    expect(again.statusCode).toBe(409);
    const missing = await api.request('PUT', `/api/v1/actions/${actionIds[1]}/issue`, {
      ref: '77',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { message: 'GitHub has no issue 77' } });
    const listed = await api.request('GET', `/api/v1/incidents/${incident}/action-issues`);
    expect(listed.json<{ items: { actionId: string }[] }>().items.map((l) => l.actionId)).toEqual([
      actionIds[0],
    ]);
    expect((await api.request('DELETE', `/api/v1/actions/${actionIds[0]}/issue`)).statusCode).toBe(
      204,
    );
    expect((await api.request('DELETE', `/api/v1/actions/${actionIds[0]}/issue`)).statusCode).toBe(
      404,
    );
  });

  it('takes signed webhooks from GitHub, Jira and Linear and refuses a wrong signature', async () => {
    await putTracker('default', github);
    await putTracker('ops', {
      kind: 'jira',
      project: 'OPS',
      user: fakeCredentials.jiraUser,
      token: fakeCredentials.jiraToken,
    });
    await putTracker('eng', {
      kind: 'linear',
      project: 'team-1',
      token: fakeCredentials.linearKey,
    });
    fake.github.set(1, { title: 'a', description: '', state: 'open', stateName: 'open' });
    fake.jira.set('OPS-7', {
      id: '10007',
      title: 'b',
      description: null,
      state: 'new',
      stateName: 'To Do',
    });
    fake.linear.set('ENG-3', {
      id: 'uuid-3',
      title: 'c',
      description: '',
      state: 'backlog',
      stateName: 'Backlog',
    });
    await api.request('PUT', `/api/v1/actions/${actionIds[0]}/issue`, { ref: '1' });
    await api.request('PUT', `/api/v1/actions/${actionIds[1]}/issue`, {
      ref: 'OPS-7',
      team: 'ops',
    });
    await api.request('PUT', `/api/v1/actions/${actionIds[2]}/issue`, {
      ref: 'ENG-3',
      team: 'eng',
    });
    // No credentials: the signature is the only proof.
    const post = (team: string, body: string, headers: Record<string, string>) =>
      api.app.inject({
        method: 'POST',
        url: `/api/v1/trackers/${team}/webhook`,
        payload: body,
        headers: { 'content-type': 'application/json', ...headers },
      });

    const closed = JSON.stringify({
      action: 'closed',
      issue: { number: 1, state: 'closed', html_url: 'https://github.example/acme/api/issues/1' },
      repository: { full_name: 'acme/api' },
    });
    const forged = await post('default', closed, {
      'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
    });
    expect(forged.statusCode).toBe(401);
    const github1 = await post('default', closed, {
      'x-hub-signature-256': `sha256=${sign(closed)}`,
    });
    expect(github1.json()).toEqual({ ref: 'acme/api#1', updated: 1 });

    const started = JSON.stringify({
      webhookEvent: 'jira:issue_updated',
      issue: {
        id: '10007',
        key: 'OPS-7',
        fields: { status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } } },
      },
    });
    expect(
      (await post('ops', started, { 'x-hub-signature': `sha256=${sign(started)}` })).json(),
    ).toEqual({ ref: 'OPS-7', updated: 1 });

    const sentAt = new Date('2026-11-20T10:00:00.000Z').getTime();
    const done = JSON.stringify({
      action: 'update',
      type: 'Issue',
      webhookTimestamp: sentAt,
      data: {
        id: 'uuid-3',
        identifier: 'ENG-3',
        url: 'https://linear.example/i/ENG-3',
        state: { name: 'Done', type: 'completed' },
      },
    });
    expect((await post('eng', done, { 'linear-signature': sign(done) })).json()).toEqual({
      ref: 'ENG-3',
      updated: 1,
    });
    const stale = JSON.stringify({
      ...(JSON.parse(done) as object),
      webhookTimestamp: sentAt - 3_600_000,
    });
    expect((await post('eng', stale, { 'linear-signature': sign(stale) })).statusCode).toBe(401);

    const listed = await api.request('GET', `/api/v1/incidents/${incident}/action-issues`);
    const states = listed.json<{ items: { ref: string; state: string; status: string }[] }>().items;
    expect(states.map((l) => [l.ref, l.state, l.status])).toEqual([
      ['acme/api#1', 'done', 'closed'],
      ['OPS-7', 'in_progress', 'In Progress'],
      ['ENG-3', 'done', 'Done'],
    ]);
  });

  it('queues an issue on demand and lists it in the delivery log', async () => {
    const none = await api.request('POST', `/api/v1/actions/${actionIds[0]}/issue`, {});
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ error: { details: [{ path: 'team' }] } });
    await putTracker('default', github);
    const queued = await api.request('POST', `/api/v1/actions/${actionIds[0]}/issue`, {});
    expect(queued.statusCode, queued.body).toBe(201);
    const { deliveryId } = queued.json<{ deliveryId: string }>();
    const log = await api.request('GET', '/api/v1/deliveries');
    expect(log.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        id: deliveryId,
        channel: 'tracker.create',
        summary: 'Alert on queue depth',
        target: 'default',
        status: 'queued',
      }),
    ]);
    const retry = await api.request('POST', `/api/v1/deliveries/${deliveryId}/retry`);
    expect(retry.statusCode).toBe(409);
  });
});
