import { TrackerError, type TrackerAccess } from '@aftermath/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTrackerClient } from '../../src/trackers/tracker-client';
import { fakeCredentials, startFakeTrackers, type FakeTrackers } from './fake-trackers';

// Each tracker client against a local server speaking the documented API (see fake-trackers.ts):
// request shapes, auth headers, answers mapped to issue states, and errors classified as the
// job queue needs them (given up, retried, retried after the server's Retry-After).

const client = createTrackerClient();
let fake: FakeTrackers;
beforeAll(async () => {
  fake = await startFakeTrackers();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.answers.length = 0;
});

const github = (): TrackerAccess => ({
  kind: 'github',
  baseUrl: fake.url,
  project: 'acme/api',
  user: null,
  token: fakeCredentials.githubToken,
  issueType: null,
});
const jira = (): TrackerAccess => ({
  kind: 'jira',
  baseUrl: fake.url,
  project: 'OPS',
  user: fakeCredentials.jiraUser,
  token: fakeCredentials.jiraToken,
  issueType: 'Task',
});
const linear = (): TrackerAccess => ({
  kind: 'linear',
  baseUrl: fake.url,
  project: 'team-uuid-1',
  user: null,
  token: fakeCredentials.linearKey,
  issueType: null,
});
const issue = {
  title: 'Alert on queue depth',
  description: 'Type: detect\nPriority: P1\n\nDone when it pages.',
};

async function failure(promise: Promise<unknown>): Promise<TrackerError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TrackerError);
  return error as TrackerError;
}

describe('GitHub Issues client', () => {
  it('files an issue with the REST shape and reads its state back', async () => {
    const created = await client.createIssue(github(), issue);
    expect(created).toMatchObject({ ref: 'acme/api#1', remoteId: '1', state: 'open' });
    expect(created.url).toBe('https://github.example/acme/api/issues/1');
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/repos/acme/api/issues' });
    expect(request?.headers['x-github-api-version']).toBe('2022-11-28');
    expect(request?.headers.accept).toBe('application/vnd.github+json');
    expect(request?.body).toEqual({ title: issue.title, body: issue.description });
    fake.github.get(1)!.state = 'closed';
    await expect(client.readIssue(github(), '#1')).resolves.toMatchObject({
      state: 'done',
      status: 'closed',
    });
  });

  it('gives up on a refused token and on 422, naming what GitHub said', async () => {
    const refused = await failure(client.createIssue({ ...github(), token: 'wrong' }, issue));
    expect(refused).toMatchObject({ status: 401, retryable: false });
    expect(refused.message).toContain('Bad credentials');
    const invalid = await failure(client.createIssue(github(), { ...issue, title: '' }));
    expect(invalid).toMatchObject({ status: 422, retryable: false });
    expect(invalid.message).toContain('Validation Failed');
  });

  it('retries a rate limit after Retry-After, or after x-ratelimit-reset on a 403', async () => {
    fake.answers.push({
      status: 429,
      headers: { 'retry-after': '30' },
      body: { message: 'slow down' },
    });
    expect(await failure(client.readIssue(github(), '1'))).toMatchObject({
      status: 429,
      retryable: true,
      retryAfterMs: 30_000,
    });
    const reset = String(Math.floor(Date.now() / 1000) + 120);
    fake.answers.push({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded' },
    });
    const limited = await failure(client.readIssue(github(), '1'));
    expect(limited.retryable).toBe(true);
    expect(limited.retryAfterMs).toBeGreaterThan(100_000);
  });

  it('refuses a missing issue for good and a reference of another repository before calling', async () => {
    expect(await failure(client.readIssue(github(), '99'))).toMatchObject({
      status: 404,
      retryable: false,
    });
    const before = fake.requests.length;
    expect(await failure(client.readIssue(github(), 'other/repo#1'))).toMatchObject({
      status: 400,
    });
    expect(fake.requests.length).toBe(before);
  });
});

describe('Jira Cloud REST v3 client', () => {
  it('files a Task with basic auth and an ADF description, then maps status categories', async () => {
    const created = await client.createIssue(jira(), issue);
    expect(created).toMatchObject({ ref: 'OPS-1', remoteId: '10001', state: 'open' });
    expect(created.url).toBe(`${fake.url}/browse/OPS-1`);
    const [request] = fake.requests;
    const basic = Buffer.from(`${fakeCredentials.jiraUser}:${fakeCredentials.jiraToken}`).toString(
      'base64',
    );
    expect(request?.headers.authorization).toBe(`Basic ${basic}`);
    expect(request?.body).toEqual({
      fields: {
        project: { key: 'OPS' },
        issuetype: { name: 'Task' },
        summary: issue.title,
        description: {
          type: 'doc',
          version: 1,
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Type: detect' },
                { type: 'hardBreak' },
                { type: 'text', text: 'Priority: P1' },
              ],
            },
            { type: 'paragraph', content: [{ type: 'text', text: 'Done when it pages.' }] },
          ],
        },
      },
    });
    Object.assign(fake.jira.get('OPS-1')!, { state: 'indeterminate', stateName: 'In Progress' });
    await expect(client.readIssue(jira(), 'OPS-1')).resolves.toMatchObject({
      state: 'in_progress',
      status: 'In Progress',
    });
    expect(fake.requests.at(-1)?.path).toBe('/rest/api/3/issue/OPS-1');
  });

  it('files the issue type the team configured, and reports one the project lacks', async () => {
    const bug = await client.createIssue({ ...jira(), issueType: 'Bug' }, issue);
    expect(fake.jira.get(bug.ref)?.issueType).toBe('Bug');
    const filed = fake.jira.size;
    const unknown = await failure(client.createIssue({ ...jira(), issueType: 'Epicc' }, issue));
    expect(unknown).toMatchObject({ status: 400, retryable: false });
    expect(unknown.message).toContain('issuetype: Specify a valid issue type');
    expect(fake.jira.size).toBe(filed);
  });

  it('reports field errors of a 400, a missing issue as 404 and a bad token as 401', async () => {
    const invalid = await failure(client.createIssue({ ...jira(), project: 'NOPE' }, issue));
    expect(invalid).toMatchObject({ status: 400, retryable: false });
    expect(invalid.message).toContain('project: valid project is required');
    expect(await failure(client.readIssue(jira(), 'OPS-404'))).toMatchObject({
      status: 404,
      retryable: false,
    });
    expect(await failure(client.readIssue({ ...jira(), token: 'x' }, 'OPS-1'))).toMatchObject({
      status: 401,
    });
  });

  it('retries 429 after Retry-After and 503 with back-off', async () => {
    fake.answers.push({
      status: 429,
      headers: { 'retry-after': '5' },
      body: { errorMessages: ['Rate limit'] },
    });
    expect(await failure(client.readIssue(jira(), 'OPS-1'))).toMatchObject({
      retryable: true,
      retryAfterMs: 5000,
    });
    fake.answers.push({ status: 503, body: 'down' });
    const down = await failure(client.readIssue(jira(), 'OPS-1'));
    expect(down).toMatchObject({ status: 503, retryable: true, retryAfterMs: undefined });
  });
});

describe('Linear GraphQL client', () => {
  it('files an issue with the issueCreate mutation and reads it by identifier', async () => {
    const created = await client.createIssue(linear(), issue);
    expect(created).toEqual({
      ref: 'ENG-1',
      remoteId: 'uuid-ENG-1',
      url: 'https://linear.example/acme/issue/ENG-1',
      state: 'open',
      status: 'Todo',
    });
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/graphql' });
    expect(request?.headers.authorization).toBe(fakeCredentials.linearKey);
    const body = request?.body as { query: string; variables: unknown };
    expect(body.query).toContain('issueCreate(input: $input)');
    expect(body.variables).toEqual({
      input: { teamId: 'team-uuid-1', title: issue.title, description: issue.description },
    });
    Object.assign(fake.linear.get('ENG-1')!, { state: 'started', stateName: 'In Progress' });
    await expect(client.readIssue(linear(), 'ENG-1')).resolves.toMatchObject({
      state: 'in_progress',
    });
  });

  it('reads GraphQL errors: not found, refused key, rate limit', async () => {
    expect(await failure(client.readIssue(linear(), 'ENG-99'))).toMatchObject({
      status: 404,
      retryable: false,
    });
    expect(await failure(client.readIssue({ ...linear(), token: 'x' }, 'ENG-1'))).toMatchObject({
      status: 401,
      retryable: false,
    });
    fake.answers.push({
      status: 400,
      body: { errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATELIMITED' } }] },
    });
    expect(await failure(client.readIssue(linear(), 'ENG-1'))).toMatchObject({
      status: 429,
      retryable: true,
    });
    fake.answers.push({ status: 429, headers: { 'retry-after': '2' }, body: null });
    expect(await failure(client.readIssue(linear(), 'ENG-1'))).toMatchObject({
      retryAfterMs: 2000,
    });
  });
});
