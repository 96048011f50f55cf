import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { restoreWorkspace } from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withDataOptions, type DataOptions } from '../store-options';
import { reportTableProgress, withArchive } from './backup-store';

interface RestoreOptions extends DataOptions {
  force?: boolean;
}

/**
 * `aftermath restore FILE [--force]`: puts a backup back into the database the options name
 * (SQLite or PostgreSQL, whichever wrote it), in one transaction. Refuses a database that holds
 * data unless `--force`, and a backup from a newer Aftermath.
 */
export function registerRestore(program: Command): void {
  withDataOptions(
    program
      .command('restore')
      .description('restore a backup written by `aftermath backup` (all or nothing)')
      .argument('<file>', 'the backup file')
      .option('--force', 'replace everything in a database that already holds data'),
  ).action(
    runAction(async (output, file: string, options: RestoreOptions) => {
      const found = await stat(file).catch(() => undefined);
      if (!found?.isFile()) throw new UsageError(`FILE: ${file} is not a readable file`);
      const report = await withArchive(options, (ctx, archive) =>
        restoreWorkspace(ctx, systemPrincipal, archive, createReadStream(file), {
          force: options.force === true,
          onProgress: reportTableProgress('restore'),
        }),
      );
      const rows = Object.values(report.tables).reduce((sum, n) => sum + n, 0);
      output.result(
        { file, createdAt: report.header.createdAt, tables: report.tables, blobs: report.blobs },
        () =>
          `restored ${rows} rows and ${report.blobs} evidence file(s) from ${file} ` +
          `(backup of ${report.header.createdAt})`,
      );
    }),
  );
}
