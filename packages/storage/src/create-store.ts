import { AsyncLocalStorage } from 'node:async_hooks';
import type { BlobStore, Store } from '@aftermath/core';
import { sql } from 'kysely';
import type { Executor } from './database';
import type { OpenedDatabase } from './dialects/dialect';
import { withInlineBlobs } from './blobs/inline-blob-store';
import { createRepositories } from './repositories';
import type { Scope } from './scope';

/**
 * The Store over an open database and a blob store. The transaction in progress is tracked per async path, so a
 * nested `transaction` (or a stray `store.incidents.get`) inside `work` joins it rather than
 * opening a second one: on SQLite's single connection that second one would wait for ever.
 */
export function createStore(database: OpenedDatabase, blobs: BlobStore): Store {
  const { db, capabilities } = database;
  const active = new AsyncLocalStorage<Executor>();
  const atomically = <T>(work: (trx: Executor) => Promise<T>): Promise<T> => {
    const current = active.getStore();
    if (current !== undefined) return work(current);
    return db.transaction().execute((trx) => active.run(trx, () => work(trx)));
  };
  const scope: Scope = {
    capabilities,
    executor: () => active.getStore() ?? db,
    atomically,
  };
  // The same repositories serve inside a transaction: their scope follows it on the async path.
  // Building and audit-wrapping every repository anew per transaction cost a webhook delivery
  // more CPU than most of its statements.
  const repositories = createRepositories(scope);
  let closing: Promise<void> | undefined;
  return {
    ...repositories,
    backend: capabilities.backend,
    blobs: withInlineBlobs(blobs, scope),
    transaction: (work) => atomically(() => work(repositories)),
    async ping() {
      await sql`select 1`.execute(scope.executor());
    },
    close() {
      closing ??= db.destroy();
      return closing;
    },
  };
}
