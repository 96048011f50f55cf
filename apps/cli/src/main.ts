import { Command, CommanderError } from 'commander';
import { productVersion } from '@aftermath/core';
import { registerDemo } from './commands/demo.command';
import { registerExport } from './commands/export.command';
import { registerGc } from './commands/gc.command';
import { registerImport } from './commands/import.command';
import { registerImportDocs } from './commands/import-docs.command';
import { registerIncident } from './commands/incident.command';
import { registerLint } from './commands/lint.command';
import { registerLogs } from './commands/logs.command';
import { registerMetrics } from './commands/metrics.command';
import { registerProgrammeHealth } from './commands/programme-health.command';
import { registerMigrate } from './commands/migrate.command';
import { registerRedact } from './commands/redact.command';
import { registerServe } from './commands/serve.command';
import { registerWorker } from './commands/worker.command';
import { registerNotify } from './commands/notify.command';
import { registerTracker } from './commands/tracker.command';
import { registerSearch } from './commands/search.command';
import { registerSimilar } from './commands/similar.command';
import { registerTimeline } from './commands/timeline.command';
import { registerPolicy } from './commands/policy.command';
import { registerRcaTaxonomy } from './commands/rca-taxonomy.command';
import { registerChecklist } from './commands/checklist.command';
import { registerWebhook } from './commands/webhook.command';
import { registerSlo } from './commands/slo.command';
import { registerSli } from './commands/sli.command';
import { registerReport } from './commands/report.command';
import { registerMaturity } from './commands/maturity.command';
import { registerComment } from './commands/comment.command';
import { registerHistory } from './commands/history.command';
import { registerReview } from './commands/review.command';
import { registerPostmortem } from './commands/postmortem.command';
import { registerBackup } from './commands/backup.command';
import { registerRestore } from './commands/restore.command';
import { registerPurge } from './commands/purge.command';
import { registerToken } from './commands/token.command';
import { registerUser } from './commands/user.command';
import { registerTeam } from './commands/team.command';
import { registerAudit } from './commands/audit.command';
import { registerAction } from './commands/action.command';
import { exitCode } from './exit-codes';
import { installRemoteMode } from './remote';

/** Builds the `aftermath` program with every command. */
export function buildProgram(): Command {
  const program = new Command('aftermath')
    .description(
      'Aftermath: evidence in, timeline built, blameless postmortems reviewed, actions proven.',
    )
    .version(productVersion)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  installRemoteMode(program);
  for (const register of [
    registerServe,
    registerWorker,
    registerNotify,
    registerTracker,
    registerMigrate,
    registerDemo,
    registerIncident,
    registerExport,
    registerImportDocs,
    registerImport,
    registerTimeline,
    registerLogs,
    registerGc,
    registerBackup,
    registerRestore,
    registerPurge,
    registerPolicy,
    registerRcaTaxonomy,
    registerChecklist,
    registerSearch,
    registerSimilar,
    registerMetrics,
    registerProgrammeHealth,
    registerLint,
    registerRedact,
    registerWebhook,
    registerSlo,
    registerSli,
    registerReport,
    registerMaturity,
    registerUser,
    registerToken,
    registerTeam,
    registerAudit,
    registerReview,
    registerPostmortem,
    registerAction,
    registerComment,
    registerHistory,
  ]) {
    register(program);
  }
  program.commands.forEach(function override(command: Command) {
    command.exitOverride();
    command.commands.forEach(override);
  });
  return program;
}

/** A reader that stops early (`aftermath timeline KEY | head`) is not an error. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** Runs the CLI; usage errors exit 2 (DESIGN §3), help and version exit 0. */
export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
        error.code,
      );
      process.exitCode = done ? exitCode.ok : exitCode.usage;
      return;
    }
    throw error;
  }
}
