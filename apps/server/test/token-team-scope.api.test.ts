import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, harnessPassword, type ApiHarness } from './api-harness';

// A token's scope is capped by the owner's highest role, team roles included; what it may do on
// an incident is still decided by the owner's role there.

type ScopeOptions = {
  username: string;
  role: string;
  items: { scope: string; allowed: boolean; reason: string | null }[];
};
const allowed = (options: ScopeOptions) =>
  options.items.filter((item) => item.allowed).map((item) => item.scope);

describe.each(testDialects())('API tokens of team members on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.addUser('tess', 'viewer');
    await api.addUser('vic', 'viewer');
    await api.addUser('theo', 'viewer');
    for (const [name, team] of [
      ['vault', 'sec'],
      ['web', 'frontend'],
    ] as const) {
      expect(
        (await api.request('PUT', `/api/v1/services/${name}`, { name, team })).statusCode,
      ).toBe(200);
    }
    for (const [username, role] of [
      ['tess', 'responder'],
      ['theo', 'admin'],
    ] as const) {
      const put = await api.request('PUT', `/api/v1/teams/sec/members/${username}`, { role });
      expect(put.statusCode).toBe(200);
    }
  });
  afterEach(async () => {
    await api.close();
  });

  /** A signed-in person's headers (a token may not mint tokens, so people sign in). */
  async function signIn(username: string): Promise<Record<string, string>> {
    const session = await api.anonymous('POST', '/api/v1/session', {
      username,
      password: harnessPassword,
    });
    expect(session.statusCode).toBe(201);
    return {
      cookie: String(session.headers['set-cookie']).split(';')[0] ?? '',
      'x-csrf-token': session.json<{ csrfToken: string }>().csrfToken,
      authorization: '',
    };
  }
  /** Signs in and asks for a token of `scope`; returns the response. */
  async function requestToken(username: string, scope: string) {
    return api.request('POST', '/api/v1/tokens', { scope }, await signIn(username));
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const incidentOn = (service: string) => ({
    title: `Down: ${service}`,
    severity: 'SEV2',
    services: [service],
  });

  it('gives a team responder a write token that writes only to that team’s incidents', async () => {
    const created = await requestToken('tess', 'write');
    expect(created.statusCode, created.body).toBe(201);
    const token = created.json<{ token: string }>().token;
    const own = await api.request('POST', '/api/v1/incidents', incidentOn('vault'), bearer(token));
    expect(own.statusCode, own.body).toBe(201);
    const other = await api.request('POST', '/api/v1/incidents', incidentOn('web'), bearer(token));
    expect(other.statusCode).toBe(403);
    // Memberships are read on every request: leaving the team takes the write away.
    expect((await api.request('DELETE', '/api/v1/teams/sec/members/tess')).statusCode).toBe(204);
    const after = await api.request(
      'POST',
      '/api/v1/incidents',
      incidentOn('vault'),
      bearer(token),
    );
    expect(after.statusCode).toBe(403);
  });

  it('refuses an admin or webhook token to a team member, and a write token to a viewer on no team', async () => {
    for (const scope of ['admin', 'webhook']) {
      for (const username of ['tess', 'theo']) {
        const refused = await requestToken(username, scope);
        expect(refused.statusCode, `${username} ${scope}`).toBe(403);
        expect(refused.json()).toMatchObject({ error: { details: [{ path: 'scope' }] } });
      }
    }
    expect((await requestToken('theo', 'write')).statusCode).toBe(201);
    const viewer = await requestToken('vic', 'write');
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json<{ error: { message: string } }>().error.message).toContain('viewer');
    expect((await requestToken('vic', 'read')).statusCode).toBe(201);
  });

  // GET /tokens/scopes tells the tokens form which scopes to offer: the same cap as POST /tokens.
  it('offers each person the scopes their highest role allows, and POST /tokens agrees', async () => {
    const expected: Record<string, { role: string; scopes: string[] }> = {
      vic: { role: 'viewer', scopes: ['read'] },
      tess: { role: 'responder', scopes: ['read', 'write'] },
      theo: { role: 'reviewer', scopes: ['read', 'write'] },
    };
    for (const [username, { role, scopes }] of Object.entries(expected)) {
      const headers = await signIn(username);
      const answer = await api.request('GET', '/api/v1/tokens/scopes', undefined, headers);
      expect(answer.statusCode).toBe(200);
      const options = answer.json<ScopeOptions>();
      expect({ role: options.role, scopes: allowed(options) }).toEqual({ role, scopes });
      for (const item of options.items) {
        const created = await api.request('POST', '/api/v1/tokens', { scope: item.scope }, headers);
        expect(created.statusCode, `${username} ${item.scope}`).toBe(item.allowed ? 201 : 403);
      }
    }
  });

  it('says why a scope is not offered', async () => {
    const headers = await signIn('theo');
    const options = (
      await api.request('GET', '/api/v1/tokens/scopes', undefined, headers)
    ).json<ScopeOptions>();
    const admin = options.items.find((item) => item.scope === 'admin');
    expect(admin?.reason).toBe(
      'needs the admin role on the account (a team admin counts as reviewer); theo is at most reviewer',
    );
    expect(options.items.find((item) => item.scope === 'write')?.reason).toBeNull();
  });

  it('lets an admin ask about anyone, and nobody else about someone else', async () => {
    const asAdmin = await api.request('GET', '/api/v1/tokens/scopes?username=tess');
    expect(asAdmin.statusCode).toBe(200);
    expect(allowed(asAdmin.json<ScopeOptions>())).toEqual(['read', 'write']);
    const mine = await api.request('GET', '/api/v1/tokens/scopes');
    expect(allowed(mine.json<ScopeOptions>())).toEqual(['read', 'write', 'admin', 'webhook']);

    const headers = await signIn('vic');
    const other = await api.request(
      'GET',
      '/api/v1/tokens/scopes?username=tess',
      undefined,
      headers,
    );
    expect(other.statusCode).toBe(403);
    const missing = await api.request('GET', '/api/v1/tokens/scopes?username=nobody');
    expect(missing.statusCode).toBe(404);
  });
});
