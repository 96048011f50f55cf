import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type QueryCompiler,
} from 'kysely';
import type { Database } from '../../database';
import { postgresCapabilities, type OpenedDatabase } from '../dialect';
import { PGliteDriver, type PGliteDriverConfig, type PGliteSession } from './pglite-driver';

/** PostgreSQL's SQL, adapter and introspection over an in-process PGlite session. */
class PGliteDialect implements Dialect {
  readonly #config: PGliteDriverConfig;

  constructor(config: PGliteDriverConfig) {
    this.#config = config;
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#config);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}

/**
 * Starts PGlite: in memory, or persisted in `dataDir`. The package is a development dependency,
 * imported only here and only when asked for, so production installs never need it.
 */
export async function startPglite(dataDir?: string): Promise<PGliteSession> {
  const { PGlite } = await import('@electric-sql/pglite');
  return PGlite.create(dataDir === undefined ? {} : { dataDir });
}

/**
 * A database on a PGlite session. With `schema`, this store's tables (and migration records) live
 * in that schema, so several test stores can share one slow-to-start instance.
 */
export function openPgliteDatabase(
  pglite: PGliteSession,
  options: { schema?: string; ownsInstance: boolean },
): OpenedDatabase {
  const dialect = new PGliteDialect({ pglite, ...options });
  return {
    db: new Kysely<Database>({ dialect }),
    capabilities: postgresCapabilities,
    ...(options.schema === undefined ? {} : { migrationSchema: options.schema }),
  };
}
