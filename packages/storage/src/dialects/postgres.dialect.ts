import { Kysely, PostgresDialect, type Driver } from 'kysely';
import type { Database } from '../database';
import { postgresCapabilities, type OpenedDatabase } from './dialect';
import { reportUnavailableDatabase } from './unavailable-database';

/** PostgreSQL over a pg pool, whose lost connections are reported as `unavailable`. */
class AftermathPostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    return reportUnavailableDatabase(super.createDriver());
  }
}

/** Connections per process; several server replicas share one PostgreSQL, so keep this modest. */
export const defaultPoolSize = 10;

/**
 * Opens a bounded pg pool on `url`. Nothing connects until the first query, and the pg driver
 * itself loads only then, so commands that never use PostgreSQL do not pay for loading it.
 */
export function openPostgresDatabase(url: string, poolSize = defaultPoolSize): OpenedDatabase {
  const db = new Kysely<Database>({
    dialect: new AftermathPostgresDialect({ pool: () => openPool(url, poolSize) }),
  });
  return { db, capabilities: postgresCapabilities };
}

async function openPool(url: string, poolSize: number) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client that loses its server emits 'error' on the pool; unhandled, that would end
  // the process. The pool drops the client and the next query reconnects or reports the failure.
  pool.on('error', () => undefined);
  // A checked-out client (between statements of a transaction) emits 'error' on itself instead;
  // the statement in flight or the next one fails and is reported as `unavailable`.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
