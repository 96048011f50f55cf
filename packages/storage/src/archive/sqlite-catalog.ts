import { sql } from 'kysely';
import type { Executor } from '../database';
import type { CatalogTable } from './catalog';

interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
}

/**
 * Ordinary tables of the main schema from SQLite's pragmas: FTS5's virtual and shadow tables are
 * not `table`, and `table_info` leaves generated columns out.
 */
export async function readSqliteCatalog(db: Executor): Promise<CatalogTable[]> {
  const { rows: tables } = await sql<{ name: string }>`select name from pragma_table_list
    where schema = 'main' and type = 'table' and name not like 'sqlite_%'`.execute(db);
  const catalog: CatalogTable[] = [];
  for (const { name } of tables) {
    const { rows: columns } = await sql<ColumnInfo>`select name, type, pk
      from pragma_table_info(${name}) order by cid`.execute(db);
    const { rows: keys } = await sql<{ table: string; from: string }>`select "table", "from"
      from pragma_foreign_key_list(${name})`.execute(db);
    catalog.push({
      name,
      columns: columns.map((column) => ({
        name: column.name,
        integer: /int/i.test(column.type),
        sequenced: false,
      })),
      primaryKey: columns
        .filter((column) => column.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((column) => column.name),
      parents: [...new Set(keys.map((key) => key.table).filter((parent) => parent !== name))],
      selfReferences: keys.filter((key) => key.table === name).map((key) => key.from),
    });
  }
  return catalog;
}
