import type { Command } from 'commander';
import { runAction } from '../run-action';
import { withDataOptions, type DataOptions } from '../store-options';

/** `aftermath migrate`: applies pending migrations and lists them. */
export function registerMigrate(program: Command): void {
  withDataOptions(
    program.command('migrate').description('apply pending database migrations'),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const { migrateStore, resolveStoreOptions } = await import('@aftermath/storage');
      const { applied } = await migrateStore(
        resolveStoreOptions({
          data: options.data,
          databaseUrl: options.databaseUrl,
          env: process.env,
        }),
      );
      output.result({ applied }, () =>
        applied.length === 0 ? 'Database is up to date.' : `Applied:\n  ${applied.join('\n  ')}`,
      );
    }),
  );
}
