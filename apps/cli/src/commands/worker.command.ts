import type { Command } from 'commander';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { readConcurrency, waitForStopSignal } from '../stop-signal';
import { storeSettings, withDataOptions, type DataOptions } from '../store-options';

interface WorkerOptions extends DataOptions {
  concurrency: string;
  leaseSeconds: string;
}

/** Reads `--lease-seconds`: how long a claimed job is held before another worker may take it. */
function readLeaseMs(value: string): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 2 || seconds > 3600) {
    throw new UsageError(`--lease-seconds must be a whole number from 2 to 3600, not ${value}`);
  }
  return seconds * 1000;
}

/**
 * `aftermath worker`: only the job runner (notification deliveries, SLO polls, clean-up), for
 * splitting it from `aftermath serve --no-worker`. Any number may run against one PostgreSQL.
 */
export function registerWorker(program: Command): void {
  withDataOptions(
    program
      .command('worker')
      .description(
        'run only the job runner (notifications, SLO polls, clean-up); pairs with serve --no-worker',
      )
      .option('--concurrency <n>', 'jobs run at once', '4')
      .option(
        '--lease-seconds <n>',
        'how long a job stays claimed without a heartbeat before another worker takes it over',
        '60',
      ),
  ).action(
    runAction(async (output, options: WorkerOptions) => {
      const concurrency = readConcurrency(options.concurrency);
      const leaseMs = readLeaseMs(options.leaseSeconds);
      const { openStore, resolveStoreOptions } = await import('@aftermath/storage');
      const { createTrackerDeps, startJobRunner } = await import('@aftermath/server');
      const store = await openStore(resolveStoreOptions(storeSettings(options)));
      const worker = startJobRunner({
        store,
        trackers: createTrackerDeps(process.env, options.data),
        concurrency,
        leaseMs,
        log: (message) => output.info(message),
      });
      output.info(`Aftermath worker ${worker.owner} is running (database: ${store.backend}).`);
      await waitForStopSignal();
      output.info('Stopping…');
      await worker.stop();
      await store.close();
    }),
  );
}
