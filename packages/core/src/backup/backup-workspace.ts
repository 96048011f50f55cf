import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { archiveVersion, type ArchiveHeader, type ArchiveRecord } from './archive-format';
import type { DatabaseArchive, TableCounts } from './archive-port';

/** Options of {@link backupWorkspace}. */
export interface BackupOptions {
  /** Include the raw evidence blobs the rows point at (default true). */
  includeBlobs?: boolean;
  /** Called every `progressEvery` rows and at the end of each table. */
  onProgress?: (progress: { table: string; rows: number }) => void;
  progressEvery?: number;
}

/** What a backup wrote. */
export interface BackupReport {
  migrations: string[];
  tables: TableCounts;
  blobs: number;
  /** Blobs rows point at that the blob folder does not hold (already purged or lost). */
  missingBlobs: string[];
}

const sha256Pattern = /^[0-9a-f]{64}$/;

/**
 * Writes a backup of the whole workspace to `destination` (gzip'd JSON lines, see
 * archive-format): every table's rows from one consistent state while the server keeps running,
 * then the raw evidence blobs those rows point at (any `sha256` column), then the counts.
 */
export async function backupWorkspace(
  ctx: Context,
  principal: Principal,
  archive: DatabaseArchive,
  destination: Writable,
  options: BackupOptions = {},
): Promise<BackupReport> {
  authorize(principal, 'workspace.admin');
  const gzip = createGzip();
  const written = pipeline(gzip, destination);
  written.catch(() => undefined);
  const write = async (value: ArchiveHeader | ArchiveRecord): Promise<void> => {
    if (!gzip.write(`${JSON.stringify(value)}\n`))
      await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    const migrations = await archive.appliedMigrations();
    const createdAt = ctx.clock().toISOString();
    await write({
      format: 'aftermath-backup',
      version: archiveVersion,
      createdAt,
      backend: ctx.store.backend,
      migrations,
    });
    const shas = new Set<string>();
    const every = options.progressEvery ?? 10_000;
    let current = { table: '', rows: 0 };
    const tables = await archive.exportRows(async (table, row) => {
      if (table !== current.table) {
        if (current.rows > 0) options.onProgress?.(current);
        current = { table, rows: 0 };
      }
      await write({ t: table, r: row });
      current.rows += 1;
      if (current.rows % every === 0) options.onProgress?.(current);
      if (typeof row.sha256 === 'string' && sha256Pattern.test(row.sha256)) shas.add(row.sha256);
    });
    if (current.rows > 0) options.onProgress?.(current);
    const report: BackupReport = { migrations, tables, blobs: 0, missingBlobs: [] };
    for (const sha of options.includeBlobs === false ? [] : [...shas].sort()) {
      if (!(await ctx.store.blobs.has(sha))) {
        report.missingBlobs.push(sha);
        continue;
      }
      let any = false;
      for await (const chunk of ctx.store.blobs.open(sha)) {
        any = true;
        await write({ blob: sha, data: Buffer.from(chunk).toString('base64') });
      }
      if (!any) await write({ blob: sha, data: '' });
      report.blobs += 1;
    }
    await write({ end: true, tables, blobs: report.blobs });
    gzip.end();
    await written;
    return report;
  } catch (error) {
    gzip.destroy(error instanceof Error ? error : undefined);
    throw error;
  }
}
