import type { DatabaseArchive } from '@aftermath/core';
import { sql } from 'kysely';
import type { OpenedDatabase } from '../dialects/dialect';
import { migrations } from '../migrations';
import { exportRows } from './export-rows';
import { replaceRows } from './replace-rows';

/** The backup port over an open database (see `DatabaseArchive` in core). */
export function createDatabaseArchive(database: OpenedDatabase): DatabaseArchive {
  const table =
    database.migrationSchema === undefined
      ? sql.table('schema_migrations')
      : sql.table(`${database.migrationSchema}.schema_migrations`);
  return {
    knownMigrations: () => Object.keys(migrations).sort(),
    async appliedMigrations() {
      const { rows } = await sql<{ name: string }>`select name from ${table}`.execute(database.db);
      return rows.map((row) => row.name).sort();
    },
    exportRows: (visit) => exportRows(database, visit),
    replaceRows: (rows, options) => replaceRows(database, rows, options),
  };
}
