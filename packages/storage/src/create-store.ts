import { AsyncLocalStorage } from 'node:async_hooks';
import type { BlobStore, Store } from '@aftermath/core';
import { sql } from 'kysely';
import type { Executor } from './database';
import type { OpenedDatabase } from './dialects/dialect';
import { createRepositories } from './repositories';
import { transactionScope, type Scope } from './scope';

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
  let closing: Promise<void> | undefined;
  return {
    ...createRepositories(scope),
    backend: capabilities.backend,
    blobs,
    transaction: (work) =>
      atomically((trx) => work(createRepositories(transactionScope(trx, capabilities)))),
    async ping() {
      await sql`select 1`.execute(scope.executor());
    },
    close() {
      closing ??= db.destroy();
      return closing;
    },
  };
}
