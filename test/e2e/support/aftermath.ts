import type { Store } from '@aftermath/core';
import { createClient, type ApiClient } from '@aftermath/contract';
import {
  readOidcOptions,
  startJobRunner,
  startServer,
  type JobRunnerOptions,
} from '@aftermath/server';
import { openTestStore } from '@aftermath/storage/testing';
import { createTestAdmin, testAdmin } from '../../integration/support/test-admin';
import { registerBrowserSignIn } from './browser-sign-in';
import { buildWebApp } from './web-build';

/** A real Aftermath server on a free port of 127.0.0.1, with a fresh SQLite store. */
export interface RunningAftermath {
  url: string;
  /** The typed client (as the admin, through an API token), for changing data behind the page's back. */
  api: ApiClient;
  /** `Authorization` of the admin's API token, for plain `fetch` calls. */
  authHeaders: Record<string, string>;
  close(): Promise<void>;
}

/** Creates the admin, signs it in over HTTP and registers the cookie for new browsers. */
async function signInAdmin(store: Store, url: string): Promise<string> {
  const { token } = await createTestAdmin(store);
  const response = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testAdmin),
  });
  if (response.status !== 201)
    throw new Error(`test admin sign-in failed: ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const [name = '', value = ''] = cookie.split('=');
  registerBrowserSignIn(url, { name, value });
  return token;
}

/** How `startAftermath` starts the server. */
export interface AftermathOptions {
  /** `false`: a fresh install with no admin account and no signed-in browser. */
  signedIn?: boolean;
  /** Also run the job runner (deliveries, tracker calls) with this polling and back-off. */
  worker?: Pick<JobRunnerOptions, 'pollMs' | 'backoff'>;
  /** Listen here instead of a free port (an OpenID Connect provider knows the callback URL). */
  port?: number;
  /** `AFTERMATH_OIDC_*` variables, read the way `aftermath serve` reads them. */
  oidcEnv?: Record<string, string>;
}

/**
 * Builds the web app, opens an empty store and starts the server on port 0. Unless asked for a
 * fresh install (`signedIn: false`), an admin account exists, `api` acts as it, and browser
 * sessions opened afterwards are signed in. `worker` also runs the job runner (deliveries,
 * tracker calls) with the given polling and back-off, as `aftermath serve` does.
 */
export async function startAftermath(options: AftermathOptions = {}): Promise<RunningAftermath> {
  const webRoot = await buildWebApp();
  const store = await openTestStore('sqlite');
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: options.port ?? 0,
    webRoot,
    logLevel: 'silent',
    oidc: options.oidcEnv ? readOidcOptions(options.oidcEnv) : null,
  });
  const token = options.signedIn === false ? undefined : await signInAdmin(store, server.url);
  const worker = options.worker && startJobRunner({ store, ...options.worker });
  return {
    url: server.url,
    api: createClient(server.url, token === undefined ? {} : { token }),
    authHeaders: token === undefined ? {} : { authorization: `Bearer ${token}` },
    async close() {
      await worker?.stop();
      await server.close();
      await store.close();
    },
  };
}
