import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openStore, resolveStoreOptions } from '@aftermath/storage';
import { createTestAdmin } from './test-admin';

/** The value of `--database-url` among `serve` arguments, if any. */
export function databaseUrlOf(args: readonly string[]): string | undefined {
  const at = args.indexOf('--database-url');
  return at < 0 ? undefined : args[at + 1];
}

/**
 * The test admin's API token for a server's database: the account and token are created on the
 * first start (after the server has migrated the database) and the token is kept in the data
 * folder, so a restart of the same folder reuses it.
 */
export async function adminTokenFor(dataDir: string, databaseUrl?: string): Promise<string> {
  const saved = join(dataDir, '.test-admin-token');
  if (existsSync(saved)) return (await readFile(saved, 'utf8')).trim();
  const store = await openStore(resolveStoreOptions({ data: dataDir, databaseUrl, env: {} }));
  try {
    const { token } = await createTestAdmin(store);
    await writeFile(saved, token);
    return token;
  } finally {
    await store.close();
  }
}

/** `fetch` with the admin's token unless the caller set `authorization` itself. */
export function fetchAsAdmin(url: string, token: string) {
  return (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    return fetch(`${url}${path}`, { ...init, headers });
  };
}
