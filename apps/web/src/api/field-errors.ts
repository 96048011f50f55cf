import { ApiError } from '@aftermath/contract';
import { describeError } from './errors';

/** Error messages by top-level field name (`title`, `services`, `milestones.detectedAt`…). */
export type FieldErrors = Record<string, string>;

/**
 * Maps the API's `details` onto form fields. Paths look like `body.title` or `body.services.1`;
 * the `body.` prefix is dropped and list indexes fold into their field, so the message lands
 * under the control that holds the bad value. `depth` keeps nested names such as
 * `milestones.detectedAt` (depth 2).
 */
export function fieldErrorsOf(error: unknown, depth = 1): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: FieldErrors = {};
  for (const detail of error.details) {
    const parts = detail.path.split('.').filter((part) => part !== 'body' && part !== '');
    const named = parts.filter((part) => !/^\d+$/.test(part)).slice(0, depth);
    const field = named.join('.');
    if (field === '' || errors[field] !== undefined) continue;
    errors[field] = detail.message;
  }
  return errors;
}

/** What a form shows after a failed submit: messages under fields, and one line above them. */
export interface FormFailure {
  errors: FieldErrors;
  message: string;
}

/**
 * Splits a failure into per-field messages for the fields this form shows and a summary line.
 * When every problem sits under a visible field the summary just points there; anything else
 * (a field the form does not show, a server or network failure) is spelled out in the summary.
 */
export function formFailureOf(
  error: unknown,
  shownFields: readonly string[],
  depth = 1,
): FormFailure {
  const all = fieldErrorsOf(error, depth);
  const errors: FieldErrors = {};
  const elsewhere: string[] = [];
  for (const [field, message] of Object.entries(all)) {
    if (shownFields.includes(field)) errors[field] = message;
    else elsewhere.push(`${field}: ${message}`);
  }
  if (Object.keys(errors).length > 0 && elsewhere.length === 0) {
    const count = Object.keys(errors).length;
    const message =
      count === 1
        ? 'One field needs a fix: see the message below it.'
        : `${count} fields need a fix: see the message below each.`;
    return { errors, message };
  }
  return { errors, message: elsewhere.length > 0 ? elsewhere.join('; ') : describeError(error) };
}
