import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseArchive, Store } from '@aftermath/core';
import { createDatabaseArchive } from '../archive/database-archive';
import { createFolderBlobStore } from '../blobs/folder-blob-store';
import { openStoreOn } from '../open-store';
import { createPostgresTestDatabase } from './postgres-test-database';
import { createSqliteTestDatabase } from './sqlite-test-database';
import type { TestDatabase } from './test-database';
import type { TestDialect } from './test-dialects';

/** A fresh store for one test; `close` also deletes its database. */
export interface TestStore extends Store {
  /** The backup port on this store's database. */
  archive: DatabaseArchive;
  /**
   * Opens a second store on the same database, running migrations as `openStore` does, and says
   * which ran. Close it before this store.
   */
  openAgain(): Promise<{ store: Store; applied: string[] }>;
}

function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  switch (dialect) {
    case 'sqlite':
      return createSqliteTestDatabase();
    case 'postgres':
      return createPostgresTestDatabase();
  }
}

/**
 * A fresh, empty, migrated store: SQLite in a temporary folder, or PostgreSQL (a new database on
 * AFTERMATH_TEST_PG_URL, else PGlite outside CI), with blobs in a temporary folder. Closing it
 * removes the data.
 *
 * @example
 * const store = await openTestStore('postgres');
 * try { ... } finally { await store.close(); }
 */
export async function openTestStore(dialect: TestDialect): Promise<TestStore> {
  const database = await createTestDatabase(dialect);
  const blobsDir = await mkdtemp(join(tmpdir(), 'aftermath-blobs-'));
  const blobs = createFolderBlobStore(blobsDir);
  const dispose = async () => {
    await database.dispose();
    await rm(blobsDir, { recursive: true, force: true });
  };
  let store: Store;
  const opened = database.open();
  try {
    ({ store } = await openStoreOn(opened, blobs));
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    ...store,
    archive: createDatabaseArchive(opened),
    openAgain: () => openStoreOn(database.open(), blobs),
    async close() {
      await store.close();
      await dispose();
    },
  };
}
