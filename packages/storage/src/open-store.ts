import type { BlobStore, Store } from '@aftermath/core';
import { createFolderBlobStore } from './blobs/folder-blob-store';
import { createStore } from './create-store';
import type { OpenedDatabase } from './dialects/dialect';
import { openPgliteDatabase, startPglite } from './dialects/pglite/pglite.dialect';
import { openPostgresDatabase } from './dialects/postgres.dialect';
import { openSqliteDatabase } from './dialects/sqlite.dialect';
import { runMigrations } from './migrations';
import { resolveBlobsDir, type OpenStoreOptions, type StoreOptions } from './store-options';

/** Opens the database the options name, without migrating it. */
export async function openDatabase(options: StoreOptions): Promise<OpenedDatabase> {
  switch (options.kind) {
    case 'sqlite':
      return openSqliteDatabase(options.dataDir);
    case 'postgres':
      return openPostgresDatabase(options.url, options.poolSize);
    case 'pglite':
      return openPgliteDatabase(await startPglite(options.dataDir), { ownsInstance: true });
  }
}

/**
 * A store on an opened database and a blob store, migrated first unless `migrate` is false, with
 * the migrations that ran. Closes the database when migrating fails.
 */
export async function openStoreOn(
  database: OpenedDatabase,
  blobs: BlobStore,
  migrate = true,
): Promise<{ store: Store; applied: string[] }> {
  try {
    const applied = migrate ? await runMigrations(database) : [];
    return { store: createStore(database, blobs), applied };
  } catch (error) {
    await database.db.destroy();
    throw error;
  }
}

/**
 * Opens the store and, unless `migrate: false`, applies pending migrations first. Blobs live in
 * `blobsDir` (default: `blobs` in the data folder, `./data/blobs` for PostgreSQL).
 *
 * @example
 * const store = await openStore({ kind: 'sqlite', dataDir: './data' });
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const blobs = createFolderBlobStore(resolveBlobsDir(options));
  const database = await openDatabase(options);
  const { store } = await openStoreOn(database, blobs, options.migrate !== false);
  return store;
}

/** Applies pending migrations (`aftermath migrate`) and closes; returns the names applied. */
export async function migrateStore(options: StoreOptions): Promise<{ applied: string[] }> {
  const database = await openDatabase(options);
  try {
    return { applied: await runMigrations(database) };
  } finally {
    await database.db.destroy();
  }
}
