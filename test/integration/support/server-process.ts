import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { adminTokenFor, databaseUrlOf, fetchAsAdmin } from './server-admin';

const bin = fileURLToPath(new URL('../../../apps/cli/bin/aftermath.js', import.meta.url));

/** `aftermath serve` as a real child process on 127.0.0.1 and a free port. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** `fetch` of a path on this server (`/healthz`, `/api/v1/…`), as a signed-in client would. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The test admin's API token (the account is made on the database's first start). */
  token: string;
  /** Ends the process with SIGKILL (no shutdown code runs) and waits until it is gone. */
  kill(): Promise<void>;
}

/**
 * Starts `aftermath serve --data <dataDir>` and resolves once it says where it listens.
 * `extraArgs` go to `serve` as well (`['--database-url', url]` for PostgreSQL).
 */
export function startServerProcess(
  dataDir: string,
  timeoutMs = 30_000,
  extraArgs: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      bin,
      'serve',
      '--data',
      dataDir,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--log-level',
      'warn',
      ...extraArgs,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`aftermath serve did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    let listening = false;
    const onData = (chunk: Buffer) => {
      // Output after the listening line (a job's log line) must not sign the admin up again: the
      // second attempt would fail and kill the server.
      if (listening) return;
      output += chunk.toString();
      const found = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found?.[1] === undefined) return;
      listening = true;
      clearTimeout(timer);
      const url = found[1];
      adminTokenFor(dataDir, databaseUrlOf(extraArgs)).then(
        (token) => resolve({ url, child, kill, token, request: fetchAsAdmin(url, token) }),
        (error: unknown) => {
          void kill();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`aftermath serve exited (${code}) before listening:\n${output}`));
    });
  });
}
