import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { importSli, sliSeriesNames, type SliFormat, type SliSeries } from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

interface SliOptions extends DataOptions {
  format: string;
  series?: string;
}

function chooseFormat(file: string, format: string): SliFormat {
  if (format === 'csv' || format === 'prometheus') return format;
  if (format !== 'auto')
    throw new UsageError(`--format: expected auto, csv or prometheus, got "${format}"`);
  return extname(file).toLowerCase() === '.json' ? 'prometheus' : 'csv';
}

/**
 * `aftermath sli import SLO FILE [--format auto|csv|prometheus] [--series good|bad|total|value]`:
 * SLI samples from CSV (columns timestamp and good, bad, total or value) or a Prometheus
 * range-query answer (`--series` says which field it fills).
 */
export function registerSli(program: Command): void {
  const sli = program.command('sli').description('service level indicator data for an SLO');
  withDataOptions(
    sli
      .command('import')
      .description('add SLI samples to an SLO from CSV or Prometheus range-query JSON')
      .argument('<slo>', 'the SLO name')
      .argument(
        '<file>',
        'CSV (timestamp,good,total | timestamp,bad,total | timestamp,value) or Prometheus JSON',
      )
      .option(
        '--format <format>',
        'auto (by extension: .json = prometheus), csv or prometheus',
        'auto',
      )
      .option(
        '--series <series>',
        'for Prometheus JSON: which field it holds (good, bad, total, value)',
      ),
  ).action(
    runAction(async (output, name: string, file: string, options: SliOptions) => {
      const format = chooseFormat(file, options.format);
      const series = options.series as SliSeries | undefined;
      if (series !== undefined && !sliSeriesNames.includes(series)) {
        throw new UsageError(`--series: expected ${sliSeriesNames.join(', ')}, got "${series}"`);
      }
      await access(file).catch(() => {
        throw new UsageError(`${file}: cannot read (no such file or no permission)`);
      });
      const source = () => createReadStream(file, { highWaterMark: 1024 * 1024 });
      const result = await withContext(options, (ctx) =>
        importSli(ctx, systemPrincipal, name, source, {
          format,
          ...(series === undefined ? {} : { series }),
        }),
      );
      output.result(result, () => {
        const opened =
          result.incidentOpened === null
            ? ''
            : `\nOpened ${result.incidentOpened}: the SLO is paging`;
        const alerts = result.status.map((status) => `${status.name}: ${status.alert}`).join(', ');
        return `Stored ${result.samples} sample(s) for ${name} (${alerts})${opened}`;
      });
    }),
  );
}
