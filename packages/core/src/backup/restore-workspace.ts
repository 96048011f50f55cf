import { DomainError, type Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { invalidArchive, readArchiveLines, readHeader, type ArchiveHeader } from './archive-format';
import type { ArchivedRow, DatabaseArchive, TableCounts } from './archive-port';
import { restoreBlob, type Line } from './restore-blob';

/** Options of {@link restoreWorkspace}. */
export interface RestoreOptions {
  /** Replace the data of a database that is not empty (default: refuse). */
  force?: boolean;
  /** Called every `progressEvery` rows and at the end of each table. */
  onProgress?: (progress: { table: string; rows: number }) => void;
  progressEvery?: number;
}

/** What a restore put back. */
export interface RestoreReport {
  header: ArchiveHeader;
  tables: TableCounts;
  blobs: number;
}

function refuseNewerSchema(header: ArchiveHeader, archive: DatabaseArchive): void {
  const known = new Set(archive.knownMigrations());
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length === 0) return;
  const message =
    `the backup is from a newer Aftermath: its schema has migration(s) ${unknown.join(', ')} ` +
    'that this build does not know; upgrade Aftermath, then restore';
  throw new DomainError('validation', `backup header: ${message}`, [
    { path: 'migrations', message },
  ]);
}

function checkEnd(
  line: number,
  value: { tables?: unknown; blobs?: unknown },
  tables: TableCounts,
  blobs: number,
): void {
  const expected = JSON.stringify(
    Object.entries((value.tables ?? {}) as TableCounts)
      .filter(([, n]) => n > 0)
      .sort(),
  );
  const seen = JSON.stringify(Object.entries(tables).sort());
  if (expected !== seen || value.blobs !== blobs) {
    throw invalidArchive(
      line,
      `the end record counts ${expected} rows and ${String(value.blobs)} blobs, the file holds ${seen} and ${blobs}`,
    );
  }
}

/**
 * Restores a backup written by `backupWorkspace`, into this database whatever its dialect. The
 * rows go in in one transaction, so a damaged, truncated or refused backup changes nothing (blobs
 * it stored are content-addressed and harmless; `gc` removes them). Refuses a backup from a newer
 * schema and, unless `force`, a database that holds data.
 */
export async function restoreWorkspace(
  ctx: Context,
  principal: Principal,
  archive: DatabaseArchive,
  source: AsyncIterable<Uint8Array>,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  authorize(principal, 'workspace.admin');
  const lines = readArchiveLines(source)[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done === true) throw invalidArchive(1, 'the file is empty');
  const header = readHeader(first.value.value);
  refuseNewerSchema(header, archive);
  let blobs = 0;
  const every = options.progressEvery ?? 10_000;
  const counted: TableCounts = {};
  async function* rows(): AsyncGenerator<ArchivedRow> {
    let next: IteratorResult<Line> = await lines.next();
    let current = '';
    while (next.done !== true) {
      const { line, value } = next.value;
      const record = value as Record<string, unknown>;
      if (typeof record.t === 'string' && typeof record.r === 'object' && record.r !== null) {
        if (current !== record.t && current !== '')
          options.onProgress?.({ table: current, rows: counted[current] ?? 0 });
        current = record.t;
        const rowsSoFar = (counted[current] ?? 0) + 1;
        counted[current] = rowsSoFar;
        if (rowsSoFar % every === 0) options.onProgress?.({ table: current, rows: rowsSoFar });
        yield { table: record.t, row: record.r as ArchivedRow['row'] };
        next = await lines.next();
      } else if (typeof record.blob === 'string') {
        next = await restoreBlob(ctx.store.blobs, next.value, lines);
        blobs += 1;
      } else if (record.end === true) {
        if (current !== '') options.onProgress?.({ table: current, rows: counted[current] ?? 0 });
        checkEnd(line, record, counted, blobs);
        return;
      } else {
        throw invalidArchive(line, 'neither a row, a blob nor the end record');
      }
    }
    throw invalidArchive(0, 'the backup ends before its end record: the file is truncated');
  }
  const tables = await archive.replaceRows(rows(), { force: options.force === true });
  return { header, tables, blobs };
}
