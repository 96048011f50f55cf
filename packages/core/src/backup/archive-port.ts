/**
 * A value in an archived row: what both dialects store (text, numbers, null). Bytes travel as
 * `{ "$base64": "…" }`; booleans as 0/1; dates as ISO text.
 */
export type ArchiveValue = string | number | null | { $base64: string };

/** One row of one table, its columns by name. */
export type ArchiveRow = Record<string, ArchiveValue>;

/** A row on its way into a database, with the table it belongs to. */
export interface ArchivedRow {
  table: string;
  row: ArchiveRow;
}

/** Rows per table, by table name. */
export type TableCounts = Record<string, number>;

/**
 * The storage port of backups: every table's rows out of one consistent state of the database, and
 * every table's rows back in, atomically. Dialect-neutral, so an archive of SQLite restores into
 * PostgreSQL and back.
 */
export interface DatabaseArchive {
  /** Migrations this build knows, oldest first. */
  knownMigrations(): readonly string[];
  /** Migrations applied to the database, oldest first. */
  appliedMigrations(): Promise<string[]>;
  /**
   * Calls `visit` for every row of every table, parents before children, all read from one
   * consistent state (a snapshot while the server keeps writing). Returns the rows per table.
   */
  exportRows(visit: (table: string, row: ArchiveRow) => Promise<void>): Promise<TableCounts>;
  /**
   * Replaces the database's rows with `rows` in one transaction: refuses (`conflict`) a database
   * that holds data unless `force`; if `rows` throws or a row does not fit, nothing changes.
   * Derived data (the search index) is marked for a rebuild; sequences continue after the rows.
   */
  replaceRows(rows: AsyncIterable<ArchivedRow>, options: { force: boolean }): Promise<TableCounts>;
}
