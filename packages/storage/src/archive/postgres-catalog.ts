import { sql } from 'kysely';
import type { Executor } from '../database';
import type { CatalogTable } from './catalog';

interface ColumnInfo {
  table_name: string;
  column_name: string;
  data_type: string;
  sequenced: boolean;
}

interface KeyInfo {
  table_name: string;
  column_name: string;
  kind: 'p' | 'f';
  parent: string | null;
}

/** Base tables of the current schema from `information_schema` and `pg_constraint`. */
export async function readPostgresCatalog(db: Executor): Promise<CatalogTable[]> {
  const { rows: columns } = await sql<ColumnInfo>`select c.table_name, c.column_name, c.data_type,
      (c.is_identity = 'YES' or coalesce(c.column_default, '') like 'nextval(%') as sequenced
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.is_generated = 'NEVER'
    order by c.table_name, c.ordinal_position`.execute(db);
  const { rows: keys } = await sql<KeyInfo>`select cl.relname as table_name,
      a.attname as column_name, con.contype as kind, parent.relname as parent
    from pg_constraint con
    join pg_class cl on cl.oid = con.conrelid
    join pg_namespace ns on ns.oid = cl.relnamespace
    cross join lateral unnest(con.conkey) with ordinality as k(attnum, position)
    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
    left join pg_class parent on parent.oid = con.confrelid
    where ns.nspname = current_schema() and con.contype in ('p', 'f')
    order by con.conname, k.position`.execute(db);
  const tables = new Map<string, CatalogTable>();
  for (const column of columns) {
    let table = tables.get(column.table_name);
    if (table === undefined) {
      table = {
        name: column.table_name,
        columns: [],
        primaryKey: [],
        parents: [],
        selfReferences: [],
      };
      tables.set(column.table_name, table);
    }
    table.columns.push({
      name: column.column_name,
      integer: ['bigint', 'integer', 'smallint'].includes(column.data_type),
      sequenced: column.sequenced,
    });
  }
  for (const key of keys) {
    const table = tables.get(key.table_name);
    if (table === undefined) continue;
    if (key.kind === 'p') table.primaryKey.push(key.column_name);
    else if (key.parent === table.name) table.selfReferences.push(key.column_name);
    else if (key.parent !== null && !table.parents.includes(key.parent))
      table.parents.push(key.parent);
  }
  return [...tables.values()];
}
