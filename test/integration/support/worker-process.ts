import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../../apps/cli/bin/aftermath.js', import.meta.url));

/** `aftermath worker` as a real child process. */
export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Ends it with SIGKILL (no shutdown code runs: leases stay as they were) and waits. */
  kill(): Promise<void>;
  /** Ends it with SIGTERM (graceful stop) and waits. */
  stop(): Promise<void>;
}

/** Starts `aftermath worker <args>` and resolves once it says it is running. */
export function startWorkerProcess(args: string[], timeoutMs = 30_000): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [bin, 'worker', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const handle: WorkerProcess = {
    child,
    output: () => output,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void handle.kill();
      reject(new Error(`aftermath worker did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!/worker \S+ is running/.test(output)) return;
      clearTimeout(timer);
      resolve(handle);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`aftermath worker exited (${code}) before running:\n${output}`));
    });
  });
}
