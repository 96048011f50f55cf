import { DomainError } from '@aftermath/domain';
import type { Context } from '../context';

/**
 * The instant a report is for: `at` as a day (`2026-11-27`, read as its UTC midnight) or an ISO
 * 8601 time with a zone; the context's clock when absent. A `validation` error names `at`.
 */
export function readReportTime(ctx: Context, at: string | undefined): string {
  if (at === undefined) return ctx.clock().toISOString();
  const text = /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00.000Z` : at;
  const time = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new DomainError('validation', `at: "${at}" is not a day or an ISO 8601 time`, [
      { path: 'at', message: 'expected YYYY-MM-DD or an ISO 8601 time with a zone' },
    ]);
  }
  return new Date(time).toISOString();
}
