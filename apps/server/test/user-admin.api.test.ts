import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

describe.each(testDialects())('PATCH /api/v1/users/{username} (%s)', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  it('sets the role, disables (its token stops) and re-enables an account', async () => {
    const bo = await api.addUser('bo', 'responder');
    const promoted = await api.request('PATCH', '/api/v1/users/bo', { role: 'reviewer' });
    expect(promoted.json()).toMatchObject({ username: 'bo', role: 'reviewer', disabled: false });

    const disabled = await api.request('PATCH', '/api/v1/users/bo', { disabled: true });
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect(
      (await api.anonymous('GET', '/api/v1/incidents', undefined, bo.authHeaders)).statusCode,
    ).toBe(401);

    await api.request('PATCH', '/api/v1/users/bo', { disabled: false });
    expect(
      (await api.anonymous('GET', '/api/v1/incidents', undefined, bo.authHeaders)).statusCode,
    ).toBe(200);
  });

  it('refuses non-admins, unknown users, empty changes and demoting oneself, changing nothing', async () => {
    const viewer = await api.addUser('vi', 'viewer');
    const forbidden = await api.request(
      'PATCH',
      '/api/v1/users/vi',
      { role: 'admin' },
      viewer.authHeaders,
    );
    expect(forbidden.statusCode).toBe(403);
    expect(
      (await api.request('PATCH', '/api/v1/users/nobody', { role: 'viewer' })).statusCode,
    ).toBe(404);
    const empty = await api.request('PATCH', '/api/v1/users/vi', {});
    expect(empty.statusCode).toBe(400);
    const self = await api.request('PATCH', '/api/v1/users/admin', { role: 'viewer' });
    expect(self.statusCode).toBe(409);
    const users = (await api.request('GET', '/api/v1/users')).json<{
      items: { username: string; role: string }[];
    }>();
    expect(users.items.map((u) => [u.username, u.role])).toEqual([
      ['admin', 'admin'],
      ['vi', 'viewer'],
    ]);
  });
});
