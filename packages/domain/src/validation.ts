import type { z } from 'zod';
import { DomainError, type ErrorDetail } from './errors';

/**
 * Turns zod issues into error details, one per bad field, with dotted paths.
 * A `prefix` names where the value came from (`body`, `query`, a file name).
 */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], prefix = ''): ErrorDetail[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    return { path: path === '' ? '(root)' : path, message: issue.message };
  });
}

/**
 * Parses `value` with `schema` or throws a `validation` {@link DomainError} naming every bad field.
 *
 * @example
 * const input = parseOrThrow(createIncidentInput, body, 'body');
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = issuesToDetails(result.error.issues, prefix);
  const first = details[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid input';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  throw new DomainError('validation', `Invalid input: ${summary}${more}`, details);
}
