import type { Command } from 'commander';
import {
  getActionVerification,
  runVerificationCheck,
  setActionVerification,
  signOffAction,
} from '@aftermath/core';
import {
  parseOrThrow,
  systemPrincipal,
  verificationCriteria,
  type VerificationCriteria,
} from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatCheckReport, formatVerification } from './action.format';

interface CriteriaOptions extends DataOptions {
  slo?: string;
  below?: string;
  alertFingerprint?: string;
  logTemplate?: string;
  days?: string;
  deploy?: string;
  signOffBy?: string;
}

/** The criteria the flags describe: exactly one of --slo, --alert-fingerprint, --log-template, --deploy, --sign-off-by. */
function readCriteria(options: CriteriaOptions): VerificationCriteria | null {
  const days = options.days === undefined ? undefined : Number(options.days);
  const chosen = [
    options.slo !== undefined && {
      kind: 'slo_burn_rate',
      slo: options.slo,
      below: options.below === undefined ? undefined : Number(options.below),
      days,
    },
    options.alertFingerprint !== undefined && {
      kind: 'no_alert_recurrence',
      fingerprint: options.alertFingerprint,
      days,
    },
    options.logTemplate !== undefined && {
      kind: 'no_log_recurrence',
      template: options.logTemplate,
      days,
    },
    options.deploy !== undefined && { kind: 'deploy_seen', change: options.deploy },
    options.signOffBy !== undefined && { kind: 'sign_off', person: options.signOffBy },
  ].filter((value) => value !== false);
  if (chosen.length > 1) {
    throw new UsageError(
      'choose one of --slo, --alert-fingerprint, --log-template, --deploy, --sign-off-by',
    );
  }
  if (chosen.length === 0) return null;
  return parseOrThrow(verificationCriteria, chosen[0], 'criteria');
}

/**
 * `aftermath action verification ID [criteria flags]`, `action sign-off ID --note N [--by U]`,
 * `action check`: how an action is verified, a named person's sign-off, and the check run now.
 */
export function registerAction(program: Command): void {
  const action = program
    .command('action')
    .description('action items: verification criteria, sign-off, the verification check');
  withDataOptions(
    action
      .command('verification')
      .description("show an action's verification, or set its criteria with one of the flags")
      .argument('<id>', 'the action id')
      .option('--slo <name>', 'criteria: the SLO burn rate stays below --below for --days days')
      .option('--below <rate>', 'burn-rate threshold for --slo, e.g. 1')
      .option(
        '--alert-fingerprint <fp>',
        'criteria: no alert with this fingerprint for --days days',
      )
      .option(
        '--log-template <template>',
        'criteria: no log burst of this template for --days days',
      )
      .option('--days <n>', 'days the condition must hold')
      .option('--deploy <change>', 'criteria: a deploy or change naming this is seen in evidence')
      .option('--sign-off-by <user>', 'criteria: this person signs it off with a note'),
  ).action(
    runAction(async (output, id: string, options: CriteriaOptions) => {
      const criteria = readCriteria(options);
      const verification = await withContext(options, (ctx) =>
        criteria === null
          ? getActionVerification(ctx, systemPrincipal, id)
          : setActionVerification(ctx, systemPrincipal, id, criteria),
      );
      output.result(verification, () => formatVerification(verification));
    }),
  );
  withDataOptions(
    action
      .command('sign-off')
      .description(
        'sign a done action off (only the person its criteria name); it becomes verified',
      )
      .argument('<id>', 'the action id')
      .requiredOption('--note <text>', 'what you checked')
      .requiredOption('--by <user>', 'who signs off (the person the criteria name)'),
  ).action(
    runAction(async (output, id: string, options: DataOptions & { note: string; by: string }) => {
      const verification = await withContext(options, (ctx) =>
        signOffAction(ctx, systemPrincipal, id, { note: options.note, by: options.by }),
      );
      output.result(verification, () => formatVerification(verification));
    }),
  );
  withDataOptions(
    action
      .command('check')
      .description('run the verification check now: done → verified, or reopened with evidence'),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const report = await withContext(options, (ctx) =>
        runVerificationCheck(ctx, systemPrincipal),
      );
      output.result(report, () => formatCheckReport(report));
    }),
  );
}
