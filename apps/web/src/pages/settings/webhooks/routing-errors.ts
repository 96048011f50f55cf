import { ApiError } from '@aftermath/contract';
import { describeError } from '../../../api/client';

/** Messages for the fields of the one rule or window being added, and a summary line. */
export interface ItemFailure {
  fields: Record<string, string>;
  message: string;
}

/**
 * The routing document is saved whole, so the server names a bad field by its place in the
 * document (`rules.3.severity`). Messages about the item being added (`list` at `index`) go under
 * its form's fields; anything else is spelled out in the summary.
 */
export function itemFailureOf(
  error: unknown,
  list: 'rules' | 'maintenance',
  index: number,
): ItemFailure {
  if (!(error instanceof ApiError)) return { fields: {}, message: describeError(error) };
  const fields: Record<string, string> = {};
  const others: string[] = [];
  for (const detail of error.details) {
    const parts = detail.path.split('.').filter((part) => part !== 'body' && part !== '');
    const field = parts[2] ?? parts[1] ?? '';
    if (parts[0] === list && parts[1] === String(index) && field !== '') {
      fields[field] ??= detail.message;
    } else others.push(`${detail.path}: ${detail.message}`);
  }
  const message =
    others.length > 0
      ? `Not saved. ${others.join('; ')}`
      : Object.keys(fields).length > 0
        ? 'Not saved: see the fields marked below.'
        : `Not saved. ${describeError(error)}`;
  return { fields, message };
}
