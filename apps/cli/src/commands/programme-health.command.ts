import type { Command } from 'commander';
import { computeProgrammeHealth } from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { exitCode, UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatProgrammeHealth } from './programme-health.format';

interface ProgrammeHealthOptions extends DataOptions {
  weeks?: string;
}

/**
 * `aftermath programme-health [--weeks N] [--json]`: the postmortem practice's own health
 * (docs/programme-health.md). Exits 1 when any signal is at `alert`, so a scheduled run can
 * fail loudly; `warn` alone exits 0.
 */
export function registerProgrammeHealth(program: Command): void {
  withDataOptions(
    program
      .command('programme-health')
      .description(
        'health of the postmortem practice: telemetry gaps and trace coverage, blameless findings, ' +
          'review participation, drifting actions, postmortem rate, restricted review delay, ' +
          'recurrence after a fix; per week with limits from the policy; exit 1 when any is at alert',
      )
      .option('--weeks <n>', "weeks to look back, 2–26 (default: the policy's, 8)"),
  ).action(
    runAction(async (output, options: ProgrammeHealthOptions) => {
      const weeks = options.weeks === undefined ? undefined : Number(options.weeks);
      if (weeks !== undefined && !(Number.isInteger(weeks) && weeks >= 2 && weeks <= 26)) {
        throw new UsageError(`--weeks must be a whole number from 2 to 26, not ${options.weeks}`);
      }
      const health = await withContext(options, (ctx) =>
        computeProgrammeHealth(ctx, systemPrincipal, weeks === undefined ? {} : { weeks }),
      );
      output.result(health, () => formatProgrammeHealth(health));
      return health.signals.some((s) => s.status === 'alert') ? exitCode.findings : exitCode.ok;
    }),
  );
}
