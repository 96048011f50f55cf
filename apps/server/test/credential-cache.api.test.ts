import type { Store } from '@aftermath/core';
import { openTestStore } from '@aftermath/storage/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../src';

const password = 'correct horse battery';

// Resolved tokens and sessions are believed for two seconds between requests; these tests show
// what may not wait that long.
describe('cached credentials stay revocable', () => {
  let store: Store;
  let app: FastifyInstance;
  let now: number;

  const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, options = {}) => {
    const { body, headers = {} } = options as { body?: unknown; headers?: Record<string, string> };
    return app.inject({
      method,
      url,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
  };

  async function signIn(username: string) {
    const response = await send('POST', '/api/v1/session', { body: { username, password } });
    expect(response.statusCode).toBe(201);
    const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
    return { cookie, 'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken };
  }

  async function issueToken(admin: Record<string, string>, username = 'ana') {
    const response = await send('POST', '/api/v1/tokens', {
      body: { scope: 'read', username },
      headers: admin,
    });
    expect(response.statusCode).toBe(201);
    const { token, record } = response.json<{ token: string; record: { id: string } }>();
    return { id: record.id, headers: { authorization: `Bearer ${token}` } };
  }

  beforeEach(async () => {
    now = Date.parse('2026-11-20T10:00:00.000Z');
    store = await openTestStore('sqlite');
    app = await buildServer({ store, logLevel: 'silent', clock: () => new Date(now) });
    await send('POST', '/api/v1/setup', { body: { username: 'ana', password } });
  });
  afterEach(async () => {
    await app.close();
    await store.close();
  });

  it('refuses a token revoked through the API on the very next request', async () => {
    const admin = await signIn('ana');
    const token = await issueToken(admin);
    expect((await send('GET', '/api/v1/incidents', { headers: token.headers })).statusCode).toBe(
      200,
    );
    await send('DELETE', `/api/v1/tokens/${token.id}`, { headers: admin });
    expect((await send('GET', '/api/v1/incidents', { headers: token.headers })).statusCode).toBe(
      401,
    );
  });

  it('ends the sessions and tokens of an account disabled through the API at once', async () => {
    const admin = await signIn('ana');
    const created = await send('POST', '/api/v1/users', {
      body: { username: 'bo', password, role: 'responder' },
      headers: admin,
    });
    expect(created.statusCode).toBe(201);
    const bo = await signIn('bo');
    const token = await issueToken(admin, 'bo');
    expect((await send('GET', '/api/v1/incidents', { headers: bo })).statusCode).toBe(200);
    expect((await send('GET', '/api/v1/incidents', { headers: token.headers })).statusCode).toBe(
      200,
    );
    const disabled = await send('PATCH', '/api/v1/users/bo', {
      body: { disabled: true },
      headers: admin,
    });
    expect(disabled.statusCode).toBe(200);
    expect((await send('GET', '/api/v1/incidents', { headers: bo })).statusCode).toBe(401);
    expect((await send('GET', '/api/v1/incidents', { headers: token.headers })).statusCode).toBe(
      401,
    );
  });

  it('refuses a token revoked outside the server (the CLI on the database) within two seconds', async () => {
    const admin = await signIn('ana');
    const token = await issueToken(admin);
    expect((await send('GET', '/api/v1/incidents', { headers: token.headers })).statusCode).toBe(
      200,
    );
    await store.apiTokens.revoke(token.id, new Date(now).toISOString());
    await expect
      .poll(
        async () => (await send('GET', '/api/v1/incidents', { headers: token.headers })).statusCode,
        {
          timeout: 5000,
          interval: 200,
        },
      )
      .toBe(401);
  });

  it('ends a session whose idle timeout passed since it was last looked up', async () => {
    const ana = await signIn('ana');
    expect((await send('GET', '/api/v1/incidents', { headers: ana })).statusCode).toBe(200);
    now += 13 * 3600 * 1000;
    expect((await send('GET', '/api/v1/incidents', { headers: ana })).statusCode).toBe(401);
  });
});
