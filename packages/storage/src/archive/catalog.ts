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

// Kept out of archives: the migration bookkeeping (each database has its own) and the search
// index, which is derived data rebuilt from the incidents it marks dirty when they are inserted.
const excluded = new Set([
  'schema_migrations',
  'schema_migrations_lock',
  'search_dirty',
  'search_documents',
  'search_facet_values',
]);

/** Derived tables a restore empties; triggers fill `search_dirty` again as rows go in. */
export const derivedTables = ['search_facet_values', 'search_documents', 'search_dirty'];

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

/** The data tables of the database, parents before children. */
export async function readCatalog(
  db: Executor,
  capabilities: DialectCapabilities,
): Promise<CatalogTable[]> {
  const read = capabilities.catalog === 'sqlite-pragmas' ? readSqliteCatalog : readPostgresCatalog;
  const tables = await read(db);
  return orderParentsFirst(tables.filter((table) => !excluded.has(table.name)));
}
