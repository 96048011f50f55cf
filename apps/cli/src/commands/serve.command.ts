import type { Command } from 'commander';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { readConcurrency, waitForStopSignal } from '../stop-signal';
import { storeSettings, withDataOptions, type DataOptions } from '../store-options';

interface ServeOptions extends DataOptions {
  port: string;
  host: string;
  logLevel: string;
  worker: boolean;
  concurrency: string;
  trustProxy?: boolean;
}

/** OpenID Connect settings from AFTERMATH_OIDC_*; a malformed one is a usage error naming it. */
function readOidcEnvironment<T>(read: (env: NodeJS.ProcessEnv) => T): T {
  try {
    return read(process.env);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** `aftermath serve`: the web app, the API and (unless `--no-worker`) the job runner until SIGINT/SIGTERM. */
export function registerServe(program: Command): void {
  withDataOptions(
    program
      .command('serve')
      .description(
        'run the web app, the HTTP API and the job runner (notifications, SLO polls); ' +
          '--no-worker leaves jobs to `aftermath worker` processes; OpenID Connect sign-in from ' +
          'AFTERMATH_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _REDIRECT_URL (docs/security.md)',
      )
      .option('--port <port>', 'TCP port (0 picks a free one)', process.env.PORT ?? '4000')
      .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
      .option(
        '--log-level <level>',
        'fatal, error, warn, info, debug or trace',
        process.env.LOG_LEVEL ?? 'info',
      )
      .option(
        '--trust-proxy',
        'believe X-Forwarded-For/-Proto from a reverse proxy (client address, Secure cookie); also AFTERMATH_TRUST_PROXY=1',
      )
      .option('--no-worker', 'do not run jobs in this process')
      .option('--concurrency <n>', 'jobs the worker runs at once', '4'),
  ).action(
    runAction(async (output, options: ServeOptions) => {
      const concurrency = readConcurrency(options.concurrency);
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(`--port must be a whole number from 0 to 65535, not ${options.port}`);
      }
      const { openStore, resolveStoreOptions } = await import('@aftermath/storage');
      const { readOidcOptions, startJobRunner, startServer } = await import('@aftermath/server');
      const oidc = readOidcEnvironment(readOidcOptions);
      const store = await openStore(resolveStoreOptions(storeSettings(options)));
      const { createTrackerDeps } = await import('@aftermath/server');
      const trackers = createTrackerDeps(process.env, options.data);
      const server = await startServer({
        store,
        trackers,
        host: options.host,
        port,
        logLevel: options.logLevel,
        trustProxy: options.trustProxy === true || process.env.AFTERMATH_TRUST_PROXY === '1',
        oidc,
      }).catch(async (error: unknown) => {
        await store.close();
        throw error;
      });
      if (oidc) output.info(`Sign-in with ${oidc.name} (OpenID Connect, ${oidc.issuer}) is on.`);
      output.info(
        `Aftermath is running at ${server.url} (database: ${store.backend}). Ctrl+C stops it.`,
      );
      const worker = options.worker
        ? startJobRunner({
            store,
            trackers,
            concurrency,
            log: (message) => output.info(message),
          })
        : undefined;
      await waitForStopSignal();
      output.info('Stopping…');
      await worker?.stop();
      await server.close();
      await store.close();
    }),
  );
}
