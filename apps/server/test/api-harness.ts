import type { Store } from '@aftermath/core';
import { openTestStore } from '@aftermath/storage/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../src';

/** A server on a fresh store of the given dialect, driven through `inject` (no socket). */
export interface ApiHarness {
  app: FastifyInstance;
  store: Store;
  request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse & { json<T = Record<string, unknown>>(): T }>;
  close(): Promise<void>;
}

/** Builds the harness; the clock is fixed so timestamps are predictable. */
export async function createApiHarness(dialect: 'sqlite' | 'postgres'): Promise<ApiHarness> {
  const store = await openTestStore(dialect);
  const app = await buildServer({
    store,
    logLevel: 'silent',
    clock: () => new Date('2026-11-20T10:00:00.000Z'),
  });
  return {
    app,
    store,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        ...(body === undefined
          ? {}
          : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    async close() {
      await app.close();
      await store.close();
    },
  };
}
