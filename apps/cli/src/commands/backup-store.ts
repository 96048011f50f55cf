import { createIdGenerator, type Context, type DatabaseArchive } from '@aftermath/core';
import { systemClock } from '@aftermath/domain';
import { storeSettings, type DataOptions } from '../store-options';

/** Opens the store and its backup port, runs `work`, and always closes them. */
export async function withArchive<T>(
  options: DataOptions,
  work: (ctx: Context, archive: DatabaseArchive) => Promise<T>,
): Promise<T> {
  // Loaded on demand so `--help` and usage errors answer without opening database drivers.
  const { openStoreWithArchive, resolveStoreOptions } = await import('@aftermath/storage');
  const { store, archive } = await openStoreWithArchive(
    resolveStoreOptions(storeSettings(options)),
  );
  try {
    return await work({ store, clock: systemClock, newId: createIdGenerator() }, archive);
  } finally {
    await store.close();
  }
}

/** A progress line on stderr per table (and every 10,000 rows of a large one). */
export function reportTableProgress(
  verb: string,
): (progress: { table: string; rows: number }) => void {
  return ({ table, rows }) => {
    process.stderr.write(`${verb} ${table}: ${rows.toLocaleString('en-US')} rows\n`);
  };
}
