import { DomainError } from '@aftermath/domain';

/** Which sample field a single-series upload fills: `good`, `bad`, `total` or `value`. */
export type SliSeries = 'good' | 'bad' | 'total' | 'value';

/** The series names, for usage messages and flag validation. */
export const sliSeriesNames: readonly SliSeries[] = ['good', 'bad', 'total', 'value'];

/** A validation error for SLI input, naming where (`line 4, column good`) and why. */
export function sliInputError(path: string, message: string): DomainError {
  return new DomainError('validation', `${path}: ${message}`, [{ path, message }]);
}

/**
 * Reads an instant: ISO 8601 with a zone, or Unix seconds (decimals allowed, as Prometheus
 * writes them). Returns the UTC ISO text, or null when it is neither.
 *
 * @example readSliInstant('1772366400') // '2026-03-01T12:00:00.000Z'
 */
export function readSliInstant(text: string | number): string | null {
  if (typeof text === 'number' || /^\d+(\.\d+)?$/.test(text)) {
    const ms = Number(text) * 1000;
    return Number.isFinite(ms) ? new Date(Math.round(ms)).toISOString() : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text))
    return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
