import { UsageError } from '../exit-codes';

/**
 * The value of the environment variable a `--…-env VAR` flag names. Secrets never come from the
 * command line (shell history, `ps`): only from the environment. Unset or empty is a usage error.
 */
export function readEnv(flag: string, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new UsageError(`${flag}: the environment variable ${name} is not set`);
  }
  return value;
}
