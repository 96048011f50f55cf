import type { Command } from 'commander';
import { createIdGenerator, type Context, type Store } from '@aftermath/core';
import { systemClock } from '@aftermath/domain';

/** The options every data command takes. */
export interface DataOptions {
  data?: string;
  databaseUrl?: string;
  blobs?: string;
  json?: boolean;
}

/** Adds `--data`, `--database-url`, `--blobs` and `--json` to a command. */
export function withDataOptions(command: Command): Command {
  return command
    .option('--data <dir>', 'data folder: SQLite file and blobs (default ./data)')
    .option('--database-url <url>', 'PostgreSQL URL instead of SQLite (also DATABASE_URL)')
    .option(
      '--blobs <dir>',
      'raw evidence folder (also AFTERMATH_BLOBS; default: blobs in the data folder)',
    )
    .option('--json', 'machine-readable JSON on stdout');
}

/** The store settings a command's options give, with the environment. */
export function storeSettings(options: DataOptions) {
  return {
    data: options.data,
    databaseUrl: options.databaseUrl,
    blobs: options.blobs,
    env: process.env,
  };
}

/** Opens the store the options name (migrating it), runs `work`, and always closes it. */
export async function withContext<T>(
  options: DataOptions,
  work: (ctx: Context) => Promise<T>,
): Promise<T> {
  // Loaded on demand so `--help` and usage errors answer without opening database drivers.
  const { openStore, resolveStoreOptions } = await import('@aftermath/storage');
  const store: Store = await openStore(resolveStoreOptions(storeSettings(options)));
  try {
    return await work({ store, clock: systemClock, newId: createIdGenerator() });
  } finally {
    await store.close();
  }
}
