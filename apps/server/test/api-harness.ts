import { createAccount, createApiToken, type Store } from '@aftermath/core';
import { systemPrincipal as operator, type Role, type TokenScope } from '@aftermath/domain';
import { openTestStore } from '@aftermath/storage/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../src';
import { createArgon2Hasher } from '../src/identity/argon2-hasher';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Response = LightMyRequestResponse & { json<T = Record<string, unknown>>(): T };

/**
 * A server on a fresh store of the given dialect, driven through `inject` (no socket). Unless
 * built with `{ signedIn: false }` an admin account (`admin`) exists and `request` sends its
 * admin-scope API token, so suites that are not about access need not think about it.
 */
export interface ApiHarness {
  app: FastifyInstance;
  store: Store;
  /** `Authorization` of the admin's token, for tests that call `app.inject` themselves. */
  authHeaders: Record<string, string>;
  /** Sends a request as the admin (headers given here win, e.g. another `authorization`). */
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** Sends a request with no credentials at all (or only the headers given). */
  anonymous(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** Creates an account with a password and returns a bearer header for a token of `scope`. */
  addUser(
    username: string,
    role: Role,
    scope?: TokenScope,
  ): Promise<{ password: string; authHeaders: Record<string, string> }>;
  close(): Promise<void>;
}

/** Every harness password: long enough for the policy, never a real one. */
export const harnessPassword = 'harness-password-1';

/** Builds the harness; the clock is fixed so timestamps are predictable. */
export async function createApiHarness(
  dialect: 'sqlite' | 'postgres',
  options: { signedIn?: boolean } = {},
): Promise<ApiHarness> {
  const store = await openTestStore(dialect);
  const clock = () => new Date('2026-11-20T10:00:00.000Z');
  const app = await buildServer({ store, logLevel: 'silent', clock });
  const identity = { store, clock, newId: () => 'unused', passwords: createArgon2Hasher() };
  const addUser: ApiHarness['addUser'] = async (username, role, scope) => {
    await createAccount(identity, operator, { username, password: harnessPassword, role });
    const reach = role === 'admin' ? 'admin' : role === 'viewer' ? 'read' : 'write';
    const { token } = await createApiToken(identity, operator, {
      username,
      scope: scope ?? reach,
      expiresAt: null,
    });
    return { password: harnessPassword, authHeaders: { authorization: `Bearer ${token}` } };
  };
  const authHeaders =
    options.signedIn === false ? {} : (await addUser('admin', 'admin')).authHeaders;
  const send =
    (defaults: Record<string, string>) =>
    (method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method,
        url,
        headers: {
          ...defaults,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
  return {
    app,
    store,
    authHeaders,
    request: send(authHeaders),
    anonymous: send({}),
    addUser,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
