import { DomainError } from '@aftermath/domain';

/** Where the data lives: a SQLite file, a PostgreSQL server, or PGlite (tests and trials). */
export type StoreOptions =
  | { kind: 'sqlite'; dataDir: string }
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string };

/** Options of `openStore`: where, plus whether to apply pending migrations (default true). */
export type OpenStoreOptions = StoreOptions & { migrate?: boolean };

/** What the CLI and server know: `--data`, `--database-url` and the environment. */
export interface StoreSettings {
  data?: string;
  databaseUrl?: string;
  env: Record<string, string | undefined>;
}

/** The default data folder, relative to the working directory. */
export const defaultDataDir = './data';

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
 */
export function resolveStoreOptions(settings: StoreSettings): StoreOptions {
  if (settings.databaseUrl !== undefined) {
    assertPostgresUrl(settings.databaseUrl, '');
    return { kind: 'postgres', url: settings.databaseUrl };
  }
  const fromEnv = settings.env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    assertPostgresUrl(fromEnv, ' (from DATABASE_URL)');
    return { kind: 'postgres', url: fromEnv };
  }
  return { kind: 'sqlite', dataDir: settings.data ?? defaultDataDir };
}
