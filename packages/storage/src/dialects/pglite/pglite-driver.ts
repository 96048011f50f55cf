import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { ConnectionMutex } from './connection-mutex';

/** The part of a PGlite instance the driver uses (kept structural so production never loads it). */
export interface PGliteSession {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
  close(): Promise<void>;
}

export interface PGliteDriverConfig {
  pglite: PGliteSession;
  /** A schema to put on the search path while this driver holds the session (tests share one). */
  schema?: string;
  /** Close the instance when Kysely is destroyed; false when others share it. */
  ownsInstance: boolean;
}

interface SessionState {
  mutex: ConnectionMutex;
  searchPath: string | null;
}

// One state per PGlite instance, however many drivers use it: it has a single session.
const sessions = new WeakMap<PGliteSession, SessionState>();

function sessionState(pglite: PGliteSession): SessionState {
  let state = sessions.get(pglite);
  if (!state) {
    state = { mutex: new ConnectionMutex(), searchPath: null };
    sessions.set(pglite, state);
  }
  return state;
}

/** Quotes an identifier for PostgreSQL. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGliteSession;

  constructor(pglite: PGliteSession) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    return { rows: result.rows, numAffectedRows: BigInt(result.affectedRows ?? 0) };
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on PGlite');
  }
}

/** A Kysely driver over one in-process PGlite session. */
export class PGliteDriver implements Driver {
  readonly #config: PGliteDriverConfig;
  readonly #state: SessionState;
  readonly #connection: PGliteConnection;

  constructor(config: PGliteDriverConfig) {
    this.#config = config;
    this.#state = sessionState(config.pglite);
    this.#connection = new PGliteConnection(config.pglite);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#state.mutex.lock();
    const schema = this.#config.schema ?? null;
    if (schema !== null && this.#state.searchPath !== schema) {
      try {
        await this.#config.pglite.query(`set search_path to ${quoteIdentifier(schema)}`);
        this.#state.searchPath = schema;
      } catch (error) {
        this.#state.mutex.unlock();
        throw error;
      }
    }
    return this.#connection;
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    const access = settings.accessMode ? ` ${settings.accessMode}` : '';
    await connection.executeQuery(CompiledQuery.raw(`start transaction${isolation}${access}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoteIdentifier(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoteIdentifier(name)}`));
  }

  releaseConnection(): Promise<void> {
    this.#state.mutex.unlock();
    return Promise.resolve();
  }

  async destroy(): Promise<void> {
    if (this.#config.ownsInstance) await this.#config.pglite.close();
  }
}
