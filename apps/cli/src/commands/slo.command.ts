import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { computeSloStatus, importOpenSlo, setPrometheusSource } from '@aftermath/core';
import { systemPrincipal, utcTimestamp } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatSloStatusText } from './slo.format';

interface StatusOptions extends DataOptions {
  at?: string;
  name?: string;
}

interface SourceOptions extends DataOptions {
  prometheus?: string;
  every: string;
  step: string;
  lookback: string;
  remove?: boolean;
}

/** Reads a file named on the command line; a missing one is a usage error naming it. */
export async function readInputFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${path}: cannot read (${reason})`);
  }
}

function positiveSeconds(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new UsageError(`${flag}: expected whole seconds > 0, got "${text}"`);
  return value;
}

/**
 * `aftermath slo import FILE`, `slo status [--at ISO] [--name SLO]` and `slo source SLO
 * --prometheus URL`. `slo status --json` prints `[{"name","budget":{"total","spent","remaining"},
 * "burnRates":[…]}]` with `remaining` as a fraction of the budget.
 */
export function registerSlo(program: Command): void {
  const slo = program
    .command('slo')
    .description('service level objectives: OpenSLO definitions, budgets, burn rates');
  withDataOptions(
    slo
      .command('import')
      .description('create or replace SLOs from an OpenSLO v1 YAML file')
      .argument('<file>'),
  ).action(
    runAction(async (output, file: string, options: DataOptions) => {
      const text = (await readInputFile(file)).toString('utf8');
      const result = await withContext(options, (ctx) => importOpenSlo(ctx, systemPrincipal, text));
      output.result(
        result,
        () => `Imported ${result.slos.length} SLO(s): ${result.slos.join(', ')}`,
      );
    }),
  );
  withDataOptions(
    slo
      .command('status')
      .description(
        'error budget (total, spent, remaining fraction), burn rates and alert state of each SLO',
      )
      .option('--at <time>', 'evaluate at this ISO 8601 time instead of now')
      .option('--name <slo>', 'only this SLO'),
  ).action(
    runAction(async (output, options: StatusOptions) => {
      const at = options.at === undefined ? undefined : utcTimestamp.safeParse(options.at).data;
      if (options.at !== undefined && at === undefined)
        throw new UsageError(`--at: "${options.at}" is not an ISO 8601 time with a zone`);
      const query = {
        ...(at === undefined ? {} : { at }),
        ...(options.name === undefined ? {} : { name: options.name }),
      };
      const statuses = await withContext(options, (ctx) =>
        computeSloStatus(ctx, systemPrincipal, query),
      );
      const json = statuses.map(({ name, budget, burnRates }) => ({ name, budget, burnRates }));
      output.result(json, () => formatSloStatusText(statuses));
    }),
  );
  withDataOptions(
    slo
      .command('source')
      .description("pull an SLO's SLI from a Prometheus server (query_range) while `serve` runs")
      .argument('<slo>')
      .option('--prometheus <url>', 'base URL, e.g. http://127.0.0.1:9090')
      .option('--every <seconds>', 'seconds between polls', '60')
      .option('--step <seconds>', 'query resolution in seconds', '60')
      .option('--lookback <seconds>', 'seconds each poll reads back', '3600')
      .option('--remove', 'stop pulling this SLO'),
  ).action(
    runAction(async (output, name: string, options: SourceOptions) => {
      if ((options.prometheus === undefined) === (options.remove !== true)) {
        throw new UsageError('give --prometheus URL, or --remove');
      }
      const config =
        options.prometheus === undefined
          ? null
          : {
              url: options.prometheus,
              everySeconds: positiveSeconds(options.every, '--every'),
              stepSeconds: positiveSeconds(options.step, '--step'),
              lookbackSeconds: positiveSeconds(options.lookback, '--lookback'),
            };
      await withContext(options, (ctx) => setPrometheusSource(ctx, systemPrincipal, name, config));
      output.result({ slo: name, prometheus: config }, () =>
        config === null
          ? `${name}: no longer pulled`
          : `${name}: pulled from ${config.url} every ${config.everySeconds} s`,
      );
    }),
  );
}
