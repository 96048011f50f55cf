import type { Command } from 'commander';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { storeSettings, withDataOptions, type DataOptions } from '../store-options';

interface ServeOptions extends DataOptions {
  port: string;
  host: string;
  logLevel: string;
}

/** `aftermath serve`: the web app and the API until SIGINT/SIGTERM. */
export function registerServe(program: Command): void {
  withDataOptions(
    program
      .command('serve')
      .description('run the web app and the HTTP API')
      .option('--port <port>', 'TCP port (0 picks a free one)', process.env.PORT ?? '4000')
      .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
      .option(
        '--log-level <level>',
        'fatal, error, warn, info, debug or trace',
        process.env.LOG_LEVEL ?? 'info',
      ),
  ).action(
    runAction(async (output, options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(`--port must be a whole number from 0 to 65535, not ${options.port}`);
      }
      const { openStore, resolveStoreOptions } = await import('@aftermath/storage');
      const { startServer } = await import('@aftermath/server');
      const store = await openStore(resolveStoreOptions(storeSettings(options)));
      const server = await startServer({
        store,
        host: options.host,
        port,
        logLevel: options.logLevel,
      }).catch(async (error: unknown) => {
        await store.close();
        throw error;
      });
      output.info(
        `Aftermath is running at ${server.url} (database: ${store.backend}). Ctrl+C stops it.`,
      );
      // The job runner: SLOs with a Prometheus source (`aftermath slo source`) are pulled here.
      const { createPrometheusClient } = await import('@aftermath/server');
      const { createIdGenerator, startSloPolling } = await import('@aftermath/core');
      const polling = startSloPolling(
        { store, clock: () => new Date(), newId: createIdGenerator() },
        createPrometheusClient(),
        {
          onError: (slo, error) =>
            output.info(`SLO ${slo}: Prometheus poll failed: ${String(error)}`),
        },
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      output.info('Stopping…');
      await polling.stop();
      await server.close();
      await store.close();
    }),
  );
}
