import type { Store } from '@aftermath/core';
import { openTestStore } from '@aftermath/storage/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../src';

const password = 'correct horse battery';
const incident = { title: 'Checkout down', severity: 'SEV2' };

describe('identity: first admin, sessions, CSRF, throttling and tokens', () => {
  let store: Store;
  let app: FastifyInstance;
  let now: number;

  const send = (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });

  /** Signs in and returns the cookie header and the CSRF token. */
  async function signIn(username = 'ana') {
    const response = await send('POST', '/api/v1/session', { username, password });
    expect(response.statusCode).toBe(201);
    const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
    return { cookie, csrf: response.json<{ csrfToken: string }>().csrfToken };
  }

  beforeEach(async () => {
    now = Date.parse('2026-11-20T10:00:00.000Z');
    store = await openTestStore('sqlite');
    app = await buildServer({ store, logLevel: 'silent', clock: () => new Date(now) });
  });
  afterEach(async () => {
    await app.close();
    await store.close();
  });

  it('asks for the first admin until one exists, and lets only one of two setups through', async () => {
    const refused = await send('GET', '/api/v1/incidents');
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: { code: 'setup_required' } });
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(
      'aftermath user create --admin',
    );
    expect((await send('GET', '/healthz')).statusCode).toBe(200);
    expect((await send('GET', '/api/v1/setup')).json()).toEqual({ required: true });

    const [first, second] = await Promise.all([
      send('POST', '/api/v1/setup', { username: 'ana', password }),
      send('POST', '/api/v1/setup', { username: 'bo', password }),
    ]);
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([201, 409]);
    expect((await send('GET', '/api/v1/setup')).json()).toEqual({ required: false });
    expect((await send('GET', '/api/v1/incidents')).json()).toMatchObject({
      error: { code: 'unauthenticated' },
    });
  });

  it('refuses a weak first password, naming the field, and creates nobody', async () => {
    const response = await send('POST', '/api/v1/setup', { username: 'ana', password: 'short' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { details: [{ path: 'body.password' }] } });
    expect((await send('GET', '/api/v1/setup')).json()).toEqual({ required: true });
  });

  it('signs in with an HttpOnly SameSite=Lax cookie and needs the CSRF token to change things', async () => {
    const setup = await send('POST', '/api/v1/setup', { username: 'ana', password });
    const cookieHeader = String(setup.headers['set-cookie']);
    expect(cookieHeader).toContain('HttpOnly');
    expect(cookieHeader).toContain('SameSite=Lax');
    expect(cookieHeader).toContain('Path=/');
    expect(cookieHeader).not.toContain('Secure');

    const { cookie, csrf } = await signIn();
    const me = await send('GET', '/api/v1/session', undefined, { cookie });
    expect(me.json()).toMatchObject({ user: { username: 'ana', role: 'admin' }, csrfToken: csrf });
    expect((await send('GET', '/api/v1/incidents', undefined, { cookie })).statusCode).toBe(200);

    const forged = await send('POST', '/api/v1/incidents', incident, { cookie });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ error: { details: [{ path: 'X-CSRF-Token' }] } });
    expect((await send('GET', '/api/v1/incidents', undefined, { cookie })).json()).toMatchObject({
      total: 0,
    });
    const made = await send('POST', '/api/v1/incidents', incident, {
      cookie,
      'x-csrf-token': csrf,
    });
    expect(made.statusCode).toBe(201);

    const out = await send('DELETE', '/api/v1/session', undefined, {
      cookie,
      'x-csrf-token': csrf,
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await send('GET', '/api/v1/incidents', undefined, { cookie })).statusCode).toBe(401);
  });

  it('ends a session after its idle timeout', async () => {
    await send('POST', '/api/v1/setup', { username: 'ana', password });
    const { cookie } = await signIn();
    now += 13 * 3600 * 1000;
    expect((await send('GET', '/api/v1/session', undefined, { cookie })).statusCode).toBe(401);
  });

  it('answers unknown users and wrong passwords alike, then locks out with back-off', async () => {
    await send('POST', '/api/v1/setup', { username: 'ana', password });
    const unknown = await send('POST', '/api/v1/session', { username: 'nobody', password });
    const wrong = await send('POST', '/api/v1/session', {
      username: 'ana',
      password: 'wrong-1234',
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);

    for (let i = 0; i < 4; i += 1) {
      await send('POST', '/api/v1/session', { username: 'ana', password: 'wrong-1234' });
    }
    const locked = await send('POST', '/api/v1/session', { username: 'ana', password });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('60');
    expect(locked.json()).toMatchObject({ error: { code: 'rate_limited' } });

    now += 61_000;
    await send('POST', '/api/v1/session', { username: 'ana', password: 'wrong-1234' });
    const doubled = await send('POST', '/api/v1/session', { username: 'ana', password });
    expect(doubled.headers['retry-after']).toBe('120');

    now += 121_000;
    await signIn();
    const fresh = await send('POST', '/api/v1/session', {
      username: 'ana',
      password: 'wrong-1234',
    });
    expect(fresh.statusCode).toBe(401);
  });

  it('enforces token scopes and refuses revoked and expired tokens', async () => {
    await send('POST', '/api/v1/setup', { username: 'ana', password });
    const { cookie, csrf } = await signIn();
    const asAna = { cookie, 'x-csrf-token': csrf };
    const issue = async (body: Record<string, unknown>) => {
      const response = await send('POST', '/api/v1/tokens', body, asAna);
      expect(response.statusCode).toBe(201);
      return response.json<{ token: string; record: { id: string } }>();
    };
    const read = await issue({ scope: 'read', description: 'dashboards' });
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    expect((await send('GET', '/api/v1/incidents', undefined, bearer(read.token))).statusCode).toBe(
      200,
    );
    const write = await send('POST', '/api/v1/incidents', incident, bearer(read.token));
    expect(write.statusCode).toBe(403);
    expect(write.json()).toMatchObject({ error: { code: 'forbidden' } });

    const listed = await send('GET', '/api/v1/tokens', undefined, { cookie });
    expect(listed.body).not.toContain(read.token);
    expect(listed.json()).toMatchObject({ items: [{ id: read.record.id, scope: 'read' }] });

    await send('DELETE', `/api/v1/tokens/${read.record.id}`, undefined, asAna);
    const revoked = await send('GET', '/api/v1/incidents', undefined, bearer(read.token));
    expect(revoked.statusCode).toBe(401);

    const soon = await issue({ scope: 'write', expiresAt: '2026-11-21T10:00:00Z' });
    expect((await send('POST', '/api/v1/incidents', incident, bearer(soon.token))).statusCode).toBe(
      201,
    );
    now += 2 * 24 * 3600 * 1000;
    expect((await send('GET', '/api/v1/incidents', undefined, bearer(soon.token))).statusCode).toBe(
      401,
    );
  });

  it('keeps a viewer to reading and to read tokens', async () => {
    await send('POST', '/api/v1/setup', { username: 'ana', password });
    const { cookie, csrf } = await signIn();
    const asAna = { cookie, 'x-csrf-token': csrf };
    const created = await send(
      'POST',
      '/api/v1/users',
      { username: 'vic', password, role: 'viewer' },
      asAna,
    );
    expect(created.statusCode).toBe(201);
    const vic = await signIn('vic');
    const asVic = { cookie: vic.cookie, 'x-csrf-token': vic.csrf };
    expect((await send('POST', '/api/v1/incidents', incident, asVic)).statusCode).toBe(403);
    expect((await send('POST', '/api/v1/tokens', { scope: 'write' }, asVic)).statusCode).toBe(403);
    expect((await send('POST', '/api/v1/tokens', { scope: 'read' }, asVic)).statusCode).toBe(201);
    expect((await send('GET', '/api/v1/users', undefined, asVic)).statusCode).toBe(403);
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy only', async () => {
    const proxied = await buildServer({ store, logLevel: 'silent', trustProxy: true });
    const headers = { 'x-forwarded-proto': 'https', 'content-type': 'application/json' };
    const payload = JSON.stringify({ username: 'ana', password });
    const setup = await proxied.inject({ method: 'POST', url: '/api/v1/setup', headers, payload });
    expect(String(setup.headers['set-cookie'])).toContain('Secure');
    await proxied.close();
    const direct = await app.inject({ method: 'POST', url: '/api/v1/session', headers, payload });
    expect(String(direct.headers['set-cookie'])).not.toContain('Secure');
  });
});
