import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArchiveRow, TableCounts } from '@aftermath/core';
import { sql } from 'kysely';
import type { Executor } from '../database';
import type { DialectCapabilities, OpenedDatabase } from '../dialects/dialect';
import { openSqliteDatabase, sqliteFileName } from '../dialects/sqlite.dialect';
import { readCatalog, type CatalogTable } from './catalog';
import { encodeRow } from './row-codec';

const pageSize = 1000;

async function readTable(
  db: Executor,
  table: CatalogTable,
  visit: (table: string, row: ArchiveRow) => Promise<void>,
): Promise<number> {
  const names = table.columns.map((column) => column.name);
  const order = table.primaryKey.length > 0 ? table.primaryKey : names;
  const columns = sql.join(names.map((name) => sql.id(name)));
  const orderBy = sql.join(order.map((name) => sql.id(name)));
  let count = 0;
  for (;;) {
    const { rows } = await sql<Record<string, unknown>>`select ${columns}
      from ${sql.table(table.name)} order by ${orderBy}
      limit ${pageSize} offset ${count}`.execute(db);
    for (const row of rows) await visit(table.name, encodeRow(row, table.columns));
    count += rows.length;
    if (rows.length < pageSize) return count;
  }
}

async function readAllTables(
  db: Executor,
  capabilities: DialectCapabilities,
  visit: (table: string, row: ArchiveRow) => Promise<void>,
): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of (await readCatalog(db, capabilities)).tables) {
    counts[table.name] = await readTable(db, table, visit);
  }
  return counts;
}

/**
 * Reads every table from one consistent state. SQLite copies the database with `vacuum into`
 * (quick, and the server keeps writing meanwhile) and reads the copy at leisure; PostgreSQL reads
 * inside one repeatable-read transaction, which sees a single snapshot however long it takes.
 */
export async function exportRows(
  database: OpenedDatabase,
  visit: (table: string, row: ArchiveRow) => Promise<void>,
): Promise<TableCounts> {
  const { db, capabilities } = database;
  if (capabilities.snapshot === 'repeatable-read') {
    return db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((trx) => readAllTables(trx, capabilities, visit));
  }
  const folder = await mkdtemp(join(tmpdir(), 'aftermath-snapshot-'));
  try {
    await sql`vacuum into ${join(folder, sqliteFileName)}`.execute(db);
    const snapshot = openSqliteDatabase(folder);
    try {
      return await readAllTables(snapshot.db, snapshot.capabilities, visit);
    } finally {
      await snapshot.db.destroy();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
