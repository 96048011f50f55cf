import type { DatabaseArchive, Store } from '@aftermath/core';
import { createFolderBlobStore } from '../blobs/folder-blob-store';
import { openDatabase, openStoreOn } from '../open-store';
import { resolveBlobsDir, type StoreOptions } from '../store-options';
import { createDatabaseArchive } from './database-archive';

/**
 * Opens (and migrates) the store like `openStore`, with the backup port on the same database,
 * for `aftermath backup` and `restore`. Closing the store closes both.
 */
export async function openStoreWithArchive(
  options: StoreOptions,
): Promise<{ store: Store; archive: DatabaseArchive }> {
  const blobs = createFolderBlobStore(resolveBlobsDir(options));
  const database = await openDatabase(options);
  const { store } = await openStoreOn(database, blobs);
  return { store, archive: createDatabaseArchive(database) };
}
