import { ApiError } from '@aftermath/contract';

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
