import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { backupWorkspace } from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withDataOptions, type DataOptions } from '../store-options';
import { reportTableProgress, withArchive } from './backup-store';

interface BackupOptions extends DataOptions {
  evidence: boolean;
}

async function assertFolderExists(file: string): Promise<void> {
  const folder = dirname(file);
  const found = await stat(folder).catch(() => undefined);
  if (!found?.isDirectory()) throw new UsageError(`FILE: folder ${folder} does not exist`);
}

/**
 * `aftermath backup FILE [--no-evidence]`: a consistent backup of the whole workspace while the
 * server runs, as one gzip'd file any dialect restores. Written beside FILE first and renamed
 * when complete, so FILE is never a half-written backup.
 */
export function registerBackup(program: Command): void {
  withDataOptions(
    program
      .command('backup')
      .description('write a consistent backup of every table (and the raw evidence) to FILE')
      .argument('<file>', 'the backup file to write (gzip’d JSON lines)')
      .option('--no-evidence', 'leave the raw evidence files out (rows only)'),
  ).action(
    runAction(async (output, file: string, options: BackupOptions) => {
      const target = resolve(file);
      await assertFolderExists(target);
      const partial = `${target}.${process.pid}.partial`;
      try {
        const report = await withArchive(options, (ctx, archive) =>
          backupWorkspace(ctx, systemPrincipal, archive, createWriteStream(partial), {
            includeBlobs: options.evidence,
            onProgress: reportTableProgress('backup'),
          }),
        );
        await rename(partial, target);
        const bytes = (await stat(target)).size;
        const rows = Object.values(report.tables).reduce((sum, n) => sum + n, 0);
        output.result({ file: target, bytes, ...report }, () =>
          [
            `backup written to ${target}: ${rows} rows in ${Object.keys(report.tables).length} tables, ` +
              `${report.blobs} evidence file(s), ${bytes} bytes`,
            ...report.missingBlobs.map(
              (sha) => `warning: evidence file ${sha} is missing from the blob folder`,
            ),
          ].join('\n'),
        );
      } finally {
        await rm(partial, { force: true });
      }
    }),
  );
}
