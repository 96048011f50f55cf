// The two servers the load benchmark compares: a bare Fastify hello-world (the baseline) and
// Aftermath on a fresh SQLite file with the demo workspace and an admin API token.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAccount,
  createApiToken,
  createIdGenerator,
  loadDemoWorkspace,
} from '@aftermath/core';
import { systemClock, systemPrincipal as operator } from '@aftermath/domain';
import { openStore } from '@aftermath/storage';
import Fastify from 'fastify';
import { createArgon2Hasher, startServer } from '../src';

/** A server listening on 127.0.0.1 with a free port. */
export interface LoadTarget {
  url: string;
  /** Headers every request sends (the bearer token for Aftermath). */
  headers: Record<string, string>;
  close(): Promise<void>;
}

/** Starts the bare Fastify hello-world the ratios are taken against. */
export async function startHelloWorld(): Promise<LoadTarget> {
  const app = Fastify({ logger: false });
  app.get('/', () => ({ hello: 'world' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, headers: {}, close: () => app.close() };
}

/** Starts Aftermath on a temporary SQLite data folder loaded with the demo workspace. */
export async function startAftermath(): Promise<LoadTarget> {
  const dataDir = await mkdtemp(join(tmpdir(), 'aftermath-load-'));
  const store = await openStore({ kind: 'sqlite', dataDir });
  const identity = {
    store,
    clock: systemClock,
    newId: createIdGenerator(),
    passwords: createArgon2Hasher(),
  };
  await createAccount(identity, operator, {
    username: 'bench-admin',
    password: 'bench-password-' + 'not-secret',
    role: 'admin',
  });
  const { token } = await createApiToken(identity, operator, {
    username: 'bench-admin',
    scope: 'admin',
    expiresAt: null,
  });
  await loadDemoWorkspace(identity, operator);
  const server = await startServer({ store, logLevel: 'silent', host: '127.0.0.1', port: 0 });
  return {
    url: server.url,
    headers: { authorization: `Bearer ${token}` },
    async close() {
      await server.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
