import { join } from 'node:path';
import { DomainError } from '@aftermath/domain';

/**
 * Where the data lives: a SQLite file, a PostgreSQL server, or PGlite (tests and trials). Raw
 * evidence goes to the `blobsDir` folder; see {@link resolveBlobsDir} for its default.
 */
export type StoreOptions =
  | { kind: 'sqlite'; dataDir: string; blobsDir?: string }
  | { kind: 'postgres'; url: string; poolSize?: number; blobsDir?: string }
  | { kind: 'pglite'; dataDir?: string; blobsDir?: string };

/** Options of `openStore`: where, plus whether to apply pending migrations (default true). */
export type OpenStoreOptions = StoreOptions & { migrate?: boolean };

/** What the CLI and server know: `--data`, `--database-url`, `--blobs` and the environment. */
export interface StoreSettings {
  data?: string;
  databaseUrl?: string;
  blobs?: string;
  env: Record<string, string | undefined>;
}

/** The default data folder, relative to the working directory. */
export const defaultDataDir = './data';

/**
 * The blob folder: `blobsDir` when set, else `blobs` inside the data folder (`./data/blobs` for
 * PostgreSQL, whose data has no folder of its own; several replicas must share one).
 */
export function resolveBlobsDir(options: StoreOptions): string {
  if (options.blobsDir !== undefined) return options.blobsDir;
  const dataDir = options.kind === 'postgres' ? undefined : options.dataDir;
  return join(dataDir ?? defaultDataDir, 'blobs');
}

/** `--blobs`, else a non-empty `AFTERMATH_BLOBS`, else `blobs` in `--data` when that is given. */
function blobsSetting(settings: StoreSettings): { blobsDir?: string } {
  const fromEnv = settings.env.AFTERMATH_BLOBS?.trim();
  const explicit = settings.blobs ?? (fromEnv === '' ? undefined : fromEnv);
  if (explicit !== undefined) return { blobsDir: explicit };
  return {};
}

function assertPostgresUrl(url: string, from: string): void {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return;
  // Only the scheme is repeated: the rest of a database URL may hold a password.
  const seen = scheme === undefined ? 'no scheme' : `"${scheme}://"`;
  const message = `expected a postgres:// or postgresql:// URL, got ${seen}`;
  throw new DomainError('validation', `--database-url${from}: ${message}`, [
    { path: '--database-url', message },
  ]);
}

/**
 * Picks the database: an explicit `databaseUrl`, else `env.DATABASE_URL`, else SQLite in `data`
 * (default `./data`). A URL that is not PostgreSQL is a `validation` error naming `--database-url`.
 * Blobs go to `blobs` (or `AFTERMATH_BLOBS`) when set; with PostgreSQL, `data` names the folder
 * that holds the `blobs` folder.
 */
export function resolveStoreOptions(settings: StoreSettings): StoreOptions {
  const blobs = blobsSetting(settings);
  const postgresBlobs =
    blobs.blobsDir === undefined && settings.data !== undefined
      ? { blobsDir: join(settings.data, 'blobs') }
      : blobs;
  if (settings.databaseUrl !== undefined) {
    assertPostgresUrl(settings.databaseUrl, '');
    return { kind: 'postgres', url: settings.databaseUrl, ...postgresBlobs };
  }
  const fromEnv = settings.env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    assertPostgresUrl(fromEnv, ' (from DATABASE_URL)');
    return { kind: 'postgres', url: fromEnv, ...postgresBlobs };
  }
  return { kind: 'sqlite', dataDir: settings.data ?? defaultDataDir, ...blobs };
}
