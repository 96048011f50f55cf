import type { ArchivedRow, ArchiveRow, TableCounts } from '@aftermath/core';
import { DomainError } from '@aftermath/domain';
import { sql } from 'kysely';
import type { Executor } from '../database';
import type { OpenedDatabase } from '../dialects/dialect';
import { rebuildMetricRollups } from '../repositories/metric-rollup';
import { backfillMetricSummaries } from '../repositories/metric-summary.refresh';
import { readCatalog, type CatalogTable } from './catalog';
import { decodeValue } from './row-codec';

// Both dialects take at least 32,766 parameters per statement; stay well below.
const maxParameters = 20_000;
// Tables the migrations fill themselves; a database with rows only there is still empty.
const seededTables = new Set(['counters']);

function invalid(path: string, message: string): DomainError {
  return new DomainError('validation', `${path}: ${message}`, [{ path, message }]);
}

async function holdsData(db: Executor, tables: CatalogTable[]): Promise<string | undefined> {
  for (const table of tables) {
    if (seededTables.has(table.name)) continue;
    const { rows } = await sql`select 1 from ${sql.table(table.name)} limit 1`.execute(db);
    if (rows.length > 0) return table.name;
  }
  return undefined;
}

async function clearTables(db: Executor, tables: CatalogTable[], derived: string[]): Promise<void> {
  for (const table of [...tables].reverse()) {
    await sql`delete from ${sql.table(table.name)}`.execute(db);
  }
  // Last: deleting data rows marks their incidents dirty through triggers.
  for (const name of derived) await sql`delete from ${sql.table(name)}`.execute(db);
}

/** Inserts rows of one table in batches; self-references are set afterwards (any row order). */
class TableWriter {
  readonly #pending: ArchiveRow[] = [];
  readonly #later: ArchiveRow[] = [];
  readonly #batch: number;
  count = 0;

  constructor(
    private readonly db: Executor,
    readonly table: CatalogTable,
  ) {
    this.#batch = Math.max(1, Math.floor(maxParameters / Math.max(1, table.columns.length)));
  }

  async add(row: ArchiveRow): Promise<void> {
    for (const name of Object.keys(row)) {
      if (!this.table.columns.some((column) => column.name === name)) {
        throw invalid(`${this.table.name}.${name}`, 'this column does not exist in the target');
      }
    }
    if (this.table.selfReferences.some((name) => row[name] !== null && row[name] !== undefined)) {
      this.#later.push(row);
    }
    this.#pending.push(row);
    this.count += 1;
    if (this.#pending.length >= this.#batch) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const self = new Set(this.table.selfReferences);
    const names = this.table.columns.map((column) => column.name);
    const values = this.#pending.map(
      (row) =>
        sql`(${sql.join(names.map((name) => (self.has(name) ? null : decodeValue(row[name]))))})`,
    );
    await sql`insert into ${sql.table(this.table.name)}
      (${sql.join(names.map((name) => sql.id(name)))}) values ${sql.join(values)}`.execute(this.db);
    this.#pending.length = 0;
  }

  async finish(): Promise<void> {
    await this.#flush();
    const key = this.table.primaryKey;
    for (const row of this.#later) {
      const sets = this.table.selfReferences.map(
        (name) => sql`${sql.id(name)} = ${decodeValue(row[name])}`,
      );
      const where = key.map((name) => sql`${sql.id(name)} = ${decodeValue(row[name])}`);
      await sql`update ${sql.table(this.table.name)} set ${sql.join(sets)}
        where ${sql.join(where, sql` and `)}`.execute(this.db);
    }
  }
}

async function continueSequences(db: Executor, tables: CatalogTable[]): Promise<void> {
  for (const table of tables) {
    for (const column of table.columns.filter((c) => c.sequenced)) {
      await sql`select setval(pg_get_serial_sequence(${table.name}, ${column.name}),
        coalesce((select max(${sql.id(column.name)}) from ${sql.table(table.name)}), 0) + 1,
        false)`.execute(db);
    }
  }
}

async function writeRows(
  db: Executor,
  tables: CatalogTable[],
  rows: AsyncIterable<ArchivedRow>,
): Promise<TableCounts> {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const counts: TableCounts = {};
  let writer: TableWriter | undefined;
  for await (const { table, row } of rows) {
    if (writer?.table.name !== table) {
      await writer?.finish();
      const target = byName.get(table);
      if (target === undefined) throw invalid(table, 'this table does not exist in the target');
      if (counts[table] !== undefined) throw invalid(table, 'its rows are not together');
      writer = new TableWriter(db, target);
    }
    await writer.add(row);
    counts[table] = writer.count;
  }
  await writer?.finish();
  return counts;
}

/**
 * Replaces every data table's rows in one transaction (see `DatabaseArchive.replaceRows`) and
 * works out the metrics summary of the restored incidents in it.
 * Any error, including one thrown by `rows` itself, rolls everything back.
 */
export function replaceRows(
  database: OpenedDatabase,
  rows: AsyncIterable<ArchivedRow>,
  options: { force: boolean },
): Promise<TableCounts> {
  return database.db.transaction().execute(async (trx) => {
    const { tables, derived } = await readCatalog(trx, database.capabilities);
    const occupied = await holdsData(trx, tables);
    if (occupied !== undefined && !options.force) {
      throw new DomainError(
        'conflict',
        `the target database is not empty (table ${occupied} has rows); restore with --force ` +
          'to replace everything in it',
      );
    }
    await clearTables(trx, tables, derived);
    const counts = await writeRows(trx, tables, rows);
    await continueSequences(trx, tables);
    await backfillMetricSummaries(trx, database.capabilities);
    await rebuildMetricRollups(trx);
    return counts;
  });
}
