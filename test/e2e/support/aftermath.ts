import { rm } from 'node:fs/promises';
import { createClient, type ApiClient } from '@aftermath/contract';
import { startServer } from '@aftermath/server';
import { openTestStore } from '@aftermath/storage/testing';
import { buildWebApp } from './web-build';

/** A real Aftermath server on a free port of 127.0.0.1, with a fresh SQLite store. */
export interface RunningAftermath {
  url: string;
  /** The typed client, for changing data behind the page's back. */
  api: ApiClient;
  close(): Promise<void>;
}

/** Builds the web app, opens an empty store and starts the server on port 0. */
export async function startAftermath(): Promise<RunningAftermath> {
  const webRoot = await buildWebApp();
  const store = await openTestStore('sqlite');
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    webRoot,
    logLevel: 'silent',
  });
  return {
    url: server.url,
    api: createClient(server.url),
    async close() {
      await server.close();
      await store.close();
      await rm(webRoot, { recursive: true, force: true });
    },
  };
}
