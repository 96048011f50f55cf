import { isDomainError } from '@aftermath/domain';
import { exitCode, UsageError } from './exit-codes';

/** Where a command writes: results to stdout, progress and messages to stderr. */
export interface Output {
  json: boolean;
  /** Prints a result: JSON when --json, otherwise the text form. */
  result(value: unknown, text: () => string): void;
  /** A progress or status line on stderr (never mixed into --json output). */
  info(message: string): void;
}

/** Builds the output for a command invocation. */
export function createOutput(json: boolean): Output {
  return {
    json,
    result(value, text) {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
    },
    info(message) {
      process.stderr.write(`${message}\n`);
    },
  };
}

/**
 * Reports an error on stderr and returns the exit code: 2 for usage and input errors (with every
 * bad field), 1 for anything else.
 */
export function reportError(error: unknown, json: boolean): number {
  if (isDomainError(error) || error instanceof UsageError) {
    const details = isDomainError(error) ? error.details : [];
    const code = isDomainError(error) ? error.code : 'usage';
    if (json) {
      process.stderr.write(
        `${JSON.stringify({ error: { code, message: error.message, details } })}\n`,
      );
    } else {
      process.stderr.write(`aftermath: ${error.message}\n`);
      for (const detail of details) process.stderr.write(`  ${detail.path}: ${detail.message}\n`);
    }
    const inputError = error instanceof UsageError || code !== 'internal';
    return inputError ? exitCode.usage : exitCode.findings;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`aftermath: unexpected error: ${message}\n`);
  return exitCode.findings;
}
