import type { Command } from 'commander';
import { computeMetrics } from '@aftermath/core';
import {
  DomainError,
  issuesToDetails,
  metricsFilterInput,
  systemPrincipal,
} from '@aftermath/domain';
import { runAction } from '../run-action';
import { withBackend } from '../remote';
import { withDataOptions, type DataOptions } from '../store-options';
import { formatMetricsText } from './metrics.format';

interface MetricsOptions extends DataOptions {
  from?: string;
  to?: string;
  service?: string;
  severity?: string;
  team?: string;
  type?: string;
}

/**
 * `aftermath metrics [--from D] [--to D] [--service S] [--severity S] [--team T] [--type T]`:
 * M1–M10 (docs/metrics.md). JSON is `{"mttr":{"n","median","p90","mean",…},"mttd":…}` with
 * durations in seconds and rates as fractions.
 */
export function registerMetrics(program: Command): void {
  withDataOptions(
    program
      .command('metrics')
      .description(
        'incident metrics M1–M10: MTTR/MTTD/MTTA/MTTM (n, median, p90, mean), frequency, ' +
          'recurrence, RCA completeness, action closure, SLO, postmortem lag, telemetry coverage',
      )
      .option('--from <date>', 'impact start on or after this day (YYYY-MM-DD, UTC) or time')
      .option('--to <date>', 'impact start on or before this day (inclusive) or before this time')
      .option('--service <name>', 'only incidents affecting this service')
      .option('--severity <sev>', 'only this severity (SEV1..SEV4)')
      .option('--team <team>', "only incidents affecting this team's services")
      .option('--type <type>', 'only this incident type (outage, degradation, security, …)'),
  ).action(
    runAction(async (output, options: MetricsOptions) => {
      const { from, to, service, severity, team, type } = options;
      const flags = withoutUndefined({ from, to, service, severity, team, type });
      const parsed = metricsFilterInput.safeParse(flags);
      if (!parsed.success) throw asFlagError(parsed.error.issues);
      const filter = parsed.data;
      const metrics = await withBackend(
        options,
        (ctx) => computeMetrics(ctx, systemPrincipal, filter),
        async (api) => (await api.call('getMetrics', { query: flags })).data,
      );
      output.result(metrics, () => formatMetricsText(metrics));
    }),
  );
}

function withoutUndefined(value: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** A validation error naming the flag (`--from`) rather than a field. */
function asFlagError(issues: Parameters<typeof issuesToDetails>[0]): DomainError {
  const details = issuesToDetails(issues).map((d) => ({ ...d, path: `--${d.path}` }));
  const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ');
  return new DomainError('validation', `Invalid filter: ${summary}`, details);
}
