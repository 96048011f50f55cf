/**
 * The codes a domain or use-case error can carry. Callers map codes to their own
 * transport (the HTTP server maps them to statuses, the CLI to exit codes);
 * the domain never speaks HTTP.
 */
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'version_mismatch'
  | 'precondition_required'
  | 'illegal_transition'
  /** The move is legal, but the object is not ready for it (a gate's required checks fail). */
  | 'failed_precondition'
  | 'milestone_order'
  | 'forbidden'
  | 'unauthenticated'
  /** Nobody can sign in yet: the first admin has to be created. */
  | 'setup_required'
  /** Too many attempts (failed logins); `retryAfterSeconds` says when to try again. */
  | 'rate_limited'
  | 'unsupported'
  | 'payload_too_large'
  /** A dependency (the database) cannot be reached right now; nothing was done. Retry later. */
  | 'unavailable'
  | 'internal';

/** One problem with one field. `path` is dotted (`milestones.detectedAt`, `items.2.title`). */
export interface ErrorDetail {
  path: string;
  message: string;
}

/**
 * An error with a stable code and, for validation problems, one detail per bad field.
 *
 * @example
 * throw new DomainError('illegal_transition', 'A closed incident cannot be reopened');
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** True when `value` is a {@link DomainError}, optionally with the given code. */
export function isDomainError(value: unknown, code?: ErrorCode): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code);
}

/** Shorthand for a `not_found` error naming what was looked up, e.g. `notFound('incident', 'INC-7')`. */
export function notFound(kind: string, id: string): DomainError {
  return new DomainError('not_found', `No ${kind} ${id}`);
}
