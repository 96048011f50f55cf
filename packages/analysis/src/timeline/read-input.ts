import { DomainError } from '@aftermath/domain';

const isoWithZone =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads an ISO 8601 timestamp with a zone as epoch milliseconds, or throws a `validation`
 * {@link DomainError} naming the field.
 *
 * @example
 * readInstant('2026-03-01T12:00:00Z', 'from'); // 1772366400000
 * readInstant('yesterday', 'from'); // throws: "from: expected an ISO 8601 timestamp with a zone"
 */
export function readInstant(value: unknown, field: string): number {
  // A regex and Date.parse, not the domain's zod schema: this runs once per entry, and the
  // schema's overwrite step throws a RangeError on some invalid strings instead of failing.
  const ms = typeof value === 'string' && isoWithZone.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    const message = 'expected an ISO 8601 timestamp with a zone, e.g. 2026-03-01T12:00:00Z';
    throw new DomainError('validation', `Invalid input: ${field}: ${message}`, [
      { path: field, message },
    ]);
  }
  return ms;
}

/** Bounds for {@link readBoundedNumber}: a lower bound (inclusive or exclusive) and a maximum. */
export interface NumberBounds {
  /** Smallest allowed value; with `exclusive`, values must be greater. */
  min: number;
  exclusive?: boolean;
  max: number;
  integer?: boolean;
}

/**
 * Reads a number option that must be finite and within bounds, or throws a `validation`
 * {@link DomainError} naming the field.
 *
 * @example
 * readBoundedNumber(24, 'windowHours', { min: 0, exclusive: true, max: 720 }); // 24
 * readBoundedNumber(0, 'windowHours', { min: 0, exclusive: true, max: 720 }); // throws
 */
export function readBoundedNumber(value: unknown, field: string, bounds: NumberBounds): number {
  const valid =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (bounds.exclusive ? value > bounds.min : value >= bounds.min) &&
    value <= bounds.max &&
    (!bounds.integer || Number.isInteger(value));
  if (valid) return value;
  const kind = bounds.integer ? 'an integer' : 'a number';
  const lower = bounds.exclusive ? `greater than ${bounds.min}` : `at least ${bounds.min}`;
  const message = `expected ${kind} ${lower} and at most ${bounds.max}`;
  throw new DomainError('validation', `Invalid input: ${field}: ${message}`, [
    { path: field, message },
  ]);
}

/**
 * Reads a list of service names, or throws a `validation` {@link DomainError} naming the field.
 *
 * @example
 * readServiceList(['checkout-api'], 'services'); // ['checkout-api']
 */
export function readServiceList(value: unknown, field: string): string[] {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value;
  }
  const message = 'expected a list of service names, e.g. ["checkout-api"]';
  throw new DomainError('validation', `Invalid input: ${field}: ${message}`, [
    { path: field, message },
  ]);
}
