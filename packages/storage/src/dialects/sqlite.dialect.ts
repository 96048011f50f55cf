import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDatabase as KyselySqliteDatabase,
} from 'kysely';
import type { Database } from '../database';
import { errorCode, type DialectCapabilities, type OpenedDatabase } from './dialect';
import { FifoMutex } from './fifo-mutex';
import { cacheStatements } from './sqlite-statement-cache';

/** The database file inside the data folder. */
export const sqliteFileName = 'aftermath.db';

const sqliteCapabilities: DialectCapabilities = {
  backend: 'sqlite',
  fullText: 'fts5',
  jobClaim: 'single-writer',
  catalog: 'sqlite-pragmas',
  snapshot: 'vacuum-into',
  patternMatch: 'glob',
  jsonArrayAggregate: 'json_group_array',
  isForeignKeyViolation: (error) => errorCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY',
};

/**
 * Takes the write lock when a transaction begins. A deferred `begin` that reads and later writes
 * fails at once with SQLITE_BUSY when another process (the CLI next to a running server) holds the
 * lock; `begin immediate` waits for it through busy_timeout instead.
 */
class ImmediateTransactionSqliteDriver extends SqliteDriver {
  // Queued in arrival order before Kysely's own lock, which then never has more than one taker.
  readonly #queue = new FifoMutex();

  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#queue.lock();
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    this.#queue.unlock();
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite runs DDL inside transactions, so a failed migration leaves no half-built schema. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class AftermathSqliteDialect extends SqliteDialect {
  readonly #database: KyselySqliteDatabase;

  constructor(database: SqliteDatabase.Database) {
    const cached = cacheStatements(database);
    super({ database: cached });
    this.#database = cached;
  }

  override createDriver(): Driver {
    return new ImmediateTransactionSqliteDriver({ database: this.#database });
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Opens (creating when missing) `<dataDir>/aftermath.db` with WAL and foreign keys on. */
export function openSqliteDatabase(dataDir: string): OpenedDatabase {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  const database = new SqliteDatabase(join(folder, sqliteFileName));
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new AftermathSqliteDialect(database) });
  return { db, capabilities: sqliteCapabilities };
}
