import { UsageError } from './exit-codes';

/** Resolves at the first SIGINT or SIGTERM (Ctrl+C, `kill`, a container stop). */
export function waitForStopSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Reads `--concurrency`: a whole number of jobs run at once, 1 to 64. */
export function readConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 64, not ${value}`);
  }
  return n;
}
