import type { Command } from 'commander';
import { purgeExpiredEvidence, readEvidenceRetention, setEvidenceRetention } from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

interface RetentionOptions extends DataOptions {
  days?: string;
  forever?: boolean;
}

function parseDays(value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new UsageError(`--days must be a whole number of days (0 or more); got "${value}"`);
  }
  return Number(value);
}

/**
 * `aftermath retention [--days N | --forever]`: shows or sets how long raw evidence files are
 * kept after their incident closed. `aftermath purge [--dry-run]`: removes the ones past it.
 */
export function registerPurge(program: Command): void {
  withDataOptions(
    program
      .command('retention')
      .description('show or set how long raw evidence is kept after an incident closes')
      .option('--days <n>', 'keep raw evidence files N days after the incident closed')
      .option('--forever', 'keep raw evidence files for ever (the default)'),
  ).action(
    runAction(async (output, options: RetentionOptions) => {
      if (options.days !== undefined && options.forever === true) {
        throw new UsageError('--days and --forever exclude each other');
      }
      const days = options.days === undefined ? undefined : parseDays(options.days);
      const retention = await withContext(options, (ctx) =>
        days === undefined && options.forever !== true
          ? readEvidenceRetention(ctx.store)
          : setEvidenceRetention(ctx, systemPrincipal, { keepDaysAfterClose: days ?? null }),
      );
      output.result(retention, () =>
        retention.keepDaysAfterClose === null
          ? 'raw evidence is kept for ever'
          : `raw evidence is kept ${retention.keepDaysAfterClose} day(s) after its incident closed`,
      );
    }),
  );
  withDataOptions(
    program
      .command('purge')
      .description('remove raw evidence files kept longer than the retention (entries stay)')
      .option('--dry-run', 'list what would be removed, remove nothing'),
  ).action(
    runAction(async (output, options: DataOptions & { dryRun?: boolean }) => {
      const report = await withContext(options, (ctx) =>
        purgeExpiredEvidence(ctx, systemPrincipal, { dryRun: options.dryRun === true }),
      );
      output.result(report, () => {
        if (report.keepDaysAfterClose === null) {
          return 'no retention is set (aftermath retention --days N): nothing purged';
        }
        const verb = report.dryRun ? 'would remove' : 'removed';
        const lines = report.purged.map(
          (blob) =>
            `${verb} ${blob.sha256} (${blob.bytes} bytes): ` +
            blob.evidence.map((e) => `${e.incidentKey} ${e.name}`).join(', '),
        );
        lines.push(
          `${report.purged.length} raw evidence file(s) of incidents closed before ` +
            `${report.closedBefore} ${verb}, ${report.bytesFreed} bytes`,
        );
        return lines.join('\n');
      });
    }),
  );
}
