import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database';
import { postgresCapabilities, type OpenedDatabase } from './dialect';

/** Connections per process; several server replicas share one PostgreSQL, so keep this modest. */
export const defaultPoolSize = 10;

/** Opens a bounded pg pool on `url`. Nothing connects until the first query. */
export function openPostgresDatabase(url: string, poolSize = defaultPoolSize): OpenedDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client that loses its server emits 'error' on the pool; unhandled, that would end
  // the process. The pool drops the client and the next query reconnects or reports the failure.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, capabilities: postgresCapabilities };
}
