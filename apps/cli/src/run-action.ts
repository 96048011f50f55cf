import { createOutput, reportError, type Output } from './output';

/**
 * Wraps a command action: builds its output, runs it, and turns errors into the exit codes of
 * DESIGN §3. The action returns its own exit code (0, or 1 for findings).
 */
export function runAction<A extends unknown[]>(
  action: (output: Output, ...args: A) => Promise<number | void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const command = args[args.length - 1] as { optsWithGlobals?: () => { json?: boolean } };
    const json = command.optsWithGlobals?.().json === true;
    try {
      process.exitCode = (await action(createOutput(json), ...args)) ?? 0;
    } catch (error) {
      process.exitCode = reportError(error, json);
    }
  };
}
