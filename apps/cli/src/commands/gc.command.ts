import type { Command } from 'commander';
import { collectBlobGarbage } from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

interface GcOptions extends DataOptions {
  minAge: string;
  dryRun?: boolean;
}

function parseMinAge(value: string): number {
  const match = /^(\d+)(s|m|h|d)?$/.exec(value.trim());
  if (!match?.[1]) {
    throw new UsageError(`--min-age must be a duration like 90s, 30m, 1h or 2d; got "${value}"`);
  }
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[match[2] ?? 's'] ?? 1;
  return Number(match[1]) * unit;
}

/**
 * `aftermath gc [--min-age 1h] [--dry-run]`: removes raw evidence blobs that no evidence record or
 * webhook delivery points at (left by imports that failed or were refused), keeping any younger
 * than `--min-age` because an import may still be writing its record.
 */
export function registerGc(program: Command): void {
  withDataOptions(
    program
      .command('gc')
      .description('remove raw evidence blobs no record points at (left by failed imports)')
      .option('--min-age <duration>', 'keep blobs younger than this (90s, 30m, 1h, 2d)', '1h')
      .option('--dry-run', 'list what would be removed, remove nothing'),
  ).action(
    runAction(async (output, options: GcOptions) => {
      const minAgeSeconds = parseMinAge(options.minAge);
      const report = await withContext(options, (ctx) =>
        collectBlobGarbage(ctx, systemPrincipal, {
          minAgeSeconds,
          dryRun: options.dryRun === true,
        }),
      );
      output.result(report, () => {
        const verb = report.dryRun ? 'would remove' : 'removed';
        const lines = report.removed.map((blob) => `${verb} ${blob.sha256} (${blob.bytes} bytes)`);
        lines.push(
          `${report.removed.length} unreferenced blob(s) ${verb}, ${report.bytesFreed} bytes; ` +
            `${report.kept} kept`,
        );
        return lines.join('\n');
      });
    }),
  );
}
