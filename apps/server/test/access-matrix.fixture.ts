import { expect } from 'vitest';
import type { ApiHarness } from './api-harness';

/** A word only the restricted incident's records contain: finding it in a response is a leak. */
export const secretMarker = 'zebrasecretmarker';

/**
 * The people of the matrix. `member`: viewer account, responder in team `sec` (which owns the
 * `vault` service); `teamViewer`: viewer account, viewer in `sec`; `viewer`: viewer, no team;
 * `outsider`: responder account, no team; `admin`: workspace admin.
 */
export const people = ['viewer', 'outsider', 'teamViewer', 'member', 'admin'] as const;
export type Person = (typeof people)[number];

/** One incident of the matrix with the ids of a child of each kind. */
export interface MatrixIncident {
  key: string;
  restricted: boolean;
  timelineId: string;
  actionId: string;
}

export interface MatrixFixture {
  headers: Record<Person, Record<string, string>>;
  incidents: MatrixIncident[];
}

async function signIn(api: ApiHarness, username: string): Promise<Record<string, string>> {
  const response = await api.anonymous('POST', '/api/v1/session', {
    username,
    password: 'harness-password-1',
  });
  expect(response.statusCode).toBe(201);
  const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
  return { cookie, 'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken };
}

async function addIncident(api: ApiHarness, restricted: boolean): Promise<MatrixIncident> {
  const word = restricted ? secretMarker : 'ordinary';
  const created = await api.request('POST', '/api/v1/incidents', {
    title: `Incident ${word}`,
    severity: 'SEV2',
    services: [restricted ? 'vault' : 'web'],
    visibility: restricted ? 'restricted' : 'normal',
  });
  expect(created.statusCode).toBe(201);
  const key = created.json<{ key: string }>().key;
  const entry = await api.request('POST', `/api/v1/incidents/${key}/timeline`, {
    at: '2026-11-20T09:00:00.000Z',
    kind: 'note',
    title: `Saw ${word} in the logs`,
  });
  expect(entry.statusCode).toBe(201);
  const action = await api.request('POST', `/api/v1/incidents/${key}/actions`, {
    title: `Fix ${word}`,
  });
  expect(action.statusCode).toBe(201);
  return {
    key,
    restricted,
    timelineId: entry.json<{ id: string }>().id,
    actionId: action.json<{ id: string }>().id,
  };
}

/** Accounts, memberships, services and one normal and one restricted incident. */
export async function buildMatrixFixture(api: ApiHarness): Promise<MatrixFixture> {
  await api.addUser('viewer', 'viewer');
  await api.addUser('outsider', 'responder');
  await api.addUser('team-viewer', 'viewer');
  await api.addUser('member', 'viewer');
  for (const [name, team] of [
    ['vault', 'sec'],
    ['web', 'frontend'],
  ] as const) {
    const put = await api.request('PUT', `/api/v1/services/${name}`, { name, team });
    expect(put.statusCode).toBe(200);
  }
  for (const [username, role] of [
    ['member', 'responder'],
    ['team-viewer', 'viewer'],
  ] as const) {
    const put = await api.request('PUT', `/api/v1/teams/sec/members/${username}`, { role });
    expect(put.statusCode).toBe(200);
  }
  const incidents = [await addIncident(api, false), await addIncident(api, true)];
  const headers = {
    viewer: await signIn(api, 'viewer'),
    outsider: await signIn(api, 'outsider'),
    teamViewer: await signIn(api, 'team-viewer'),
    member: await signIn(api, 'member'),
    admin: api.authHeaders,
  };
  return { headers, incidents };
}
