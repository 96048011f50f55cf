import { CommanderError, type Command } from 'commander';
import type { ApiClient } from '@aftermath/contract';
import type { Context } from '@aftermath/core';
import { DomainError, isDomainError, type ErrorCode } from '@aftermath/domain';
import { UsageError, exitCode } from './exit-codes';
import { withContext, type DataOptions } from './store-options';

/** A server the CLI talks to instead of opening the database, and the API token it sends. */
export interface RemoteTarget {
  url: string;
  token: string;
}

/** Commands that work in remote mode, by their path under `aftermath`. */
export const remoteCommands: ReadonlySet<string> = new Set([
  'incident list',
  'incident show',
  'timeline',
  'search',
  'metrics',
  'import',
]);

/**
 * The remote target the environment names (`AFTERMATH_SERVER`, `AFTERMATH_TOKEN`; the global
 * `--server`/`--token` flags are copied there first), or null in local mode.
 */
export function remoteTarget(env: NodeJS.ProcessEnv = process.env): RemoteTarget | null {
  const url = env.AFTERMATH_SERVER?.trim();
  if (!url) return null;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new UsageError(`--server / AFTERMATH_SERVER: not an http(s) URL: ${url}`);
  }
  const token = env.AFTERMATH_TOKEN?.trim();
  if (!token) {
    throw new UsageError(
      '--token / AFTERMATH_TOKEN: required with --server (create one with `aftermath token create`)',
    );
  }
  return { url: url.replace(/\/+$/, ''), token };
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/**
 * Adds the global `--server URL` and `--token T` and, before any command runs, refuses a
 * local-only command in remote mode with a usage error (exit 2) that says so.
 */
export function installRemoteMode(program: Command): void {
  program
    .option(
      '--server <url>',
      'use the HTTP API of this server instead of the database (also AFTERMATH_SERVER)',
    )
    .option('--token <token>', 'API token for --server (also AFTERMATH_TOKEN)')
    .hook('preAction', (root, action) => {
      const { server, token } = root.opts<{ server?: string; token?: string }>();
      if (server !== undefined) process.env.AFTERMATH_SERVER = server;
      if (token !== undefined) process.env.AFTERMATH_TOKEN = token;
      const path = commandPath(action);
      if (!process.env.AFTERMATH_SERVER?.trim() || remoteCommands.has(path)) return;
      const message =
        `\`aftermath ${path}\` works only on the database directly (local mode); ` +
        `unset AFTERMATH_SERVER and drop --server, or use one of: ${[...remoteCommands].join(', ')}`;
      process.stderr.write(`aftermath: ${message}\n`);
      throw new CommanderError(exitCode.usage, 'aftermath.localOnly', message);
    });
}

/** A client of the API for the target; errors come back as the server's code and message. */
export async function remoteClient(target: RemoteTarget): Promise<ApiClient> {
  const { createClient } = await import('@aftermath/contract');
  return createClient(target.url, { token: target.token });
}

/**
 * An API client's error as the CLI reports it: the server's code and message, prefixed with the
 * server (a 403 exits 2 with the server's words); an unreachable server is a usage error.
 */
export function fromApiError(error: unknown, target: RemoteTarget): unknown {
  if (isDomainError(error) || error instanceof UsageError) return error;
  if (error instanceof Error && error.name === 'ApiError') {
    const { code, details = [] } = error as Error & {
      code: string;
      details?: DomainError['details'];
    };
    return new DomainError(code as ErrorCode, `${target.url}: ${error.message}`, details);
  }
  if (error instanceof TypeError) {
    return new UsageError(`${target.url}: the server cannot be reached (${error.message})`);
  }
  return error;
}

/**
 * Runs a command on the database (local mode, as the trusted operator) or through the HTTP API
 * with the token (remote mode): the server's refusals (401, 403 with its message) become the
 * command's errors.
 */
export async function withBackend<T>(
  options: DataOptions,
  local: (ctx: Context) => Promise<T>,
  remote: (api: ApiClient, target: RemoteTarget) => Promise<T>,
): Promise<T> {
  const target = remoteTarget();
  if (target === null) return withContext(options, local);
  try {
    return await remote(await remoteClient(target), target);
  } catch (error) {
    throw fromApiError(error, target);
  }
}
