import type { Executor } from '../database';
import type { DialectCapabilities } from '../dialects/dialect';
import { readPostgresCatalog } from './postgres-catalog';
import { readSqliteCatalog } from './sqlite-catalog';

/** One column of a table, as the archive needs it. */
export interface CatalogColumn {
  name: string;
  /** True for integer columns, whose values PostgreSQL's driver hands back as strings. */
  integer: boolean;
  /** True when a sequence fills it (PostgreSQL serial/identity), so it must be moved on. */
  sequenced: boolean;
}

/** A table: its columns (generated ones left out), primary key and the tables it points at. */
export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  primaryKey: string[];
  /** Tables this one references (itself excluded). */
  parents: string[];
  /** Columns that reference this same table (`incidents.recurrence_of`). */
  selfReferences: string[];
}

/** What a dialect's catalog reader returns, in any order. */
export type CatalogReader = (db: Executor) => Promise<CatalogTable[]>;

// The migration bookkeeping stays out of archives: each database has its own.
const bookkeeping = new Set(['schema_migrations', 'schema_migrations_lock']);

/**
 * Tables whose rows archives leave out and a restore empties: the search index (all named
 * `search_*`), rebuilt from the incidents the restored rows mark dirty through triggers; the
 * metrics summary and its roll-up (`incident_metric_*`), worked out again from the restored rows
 * before the restore commits; and the
 * small webhook bodies kept in the database (`inline_blobs`), which travel as the archive's blob
 * records like every other blob (so `--no-blobs` leaves them out too) and come back as files.
 */
export function isDerivedTable(name: string): boolean {
  return (
    name.startsWith('search_') || name.startsWith('incident_metric_') || name === 'inline_blobs'
  );
}

/** Orders tables so every table comes after the tables it references; ties by name. */
export function orderParentsFirst(tables: CatalogTable[]): CatalogTable[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const done = new Set<string>();
  const ordered: CatalogTable[] = [];
  const visit = (table: CatalogTable, path: Set<string>): void => {
    if (done.has(table.name) || path.has(table.name)) return;
    path.add(table.name);
    for (const parent of [...table.parents].sort()) {
      const found = byName.get(parent);
      if (found !== undefined) visit(found, path);
    }
    done.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) {
    visit(table, new Set());
  }
  return ordered;
}

/** The tables of the database: data tables parents first, and the derived ones. */
export async function readCatalog(
  db: Executor,
  capabilities: DialectCapabilities,
): Promise<{ tables: CatalogTable[]; derived: string[] }> {
  const read = capabilities.catalog === 'sqlite-pragmas' ? readSqliteCatalog : readPostgresCatalog;
  const all = (await read(db)).filter((table) => !bookkeeping.has(table.name));
  return {
    tables: orderParentsFirst(all.filter((table) => !isDerivedTable(table.name))),
    derived: all
      .map((table) => table.name)
      .filter(isDerivedTable)
      .sort(),
  };
}
