import { z } from 'zod';

/**
 * An instant as an ISO 8601 string with a zone, normalised to UTC with millisecond precision
 * (`2026-03-01T12:00:00.000Z`). Fixed width, so strings sort in time order.
 *
 * @example
 * utcTimestamp.parse('2026-03-01T13:00:00+01:00'); // '2026-03-01T12:00:00.000Z'
 */
export const utcTimestamp = z.iso
  .datetime({ offset: true, message: 'expected an ISO 8601 timestamp with a zone' })
  // zod runs overwrites even after a failed check: leave an invalid value alone so the check's
  // message is what the caller sees.
  .overwrite((value) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  });

/** A calendar date, `YYYY-MM-DD` (used for due dates, which have no time of day). */
export const calendarDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });

/** How precise a source's timestamp was, from nanoseconds down to a whole day. */
export const timePrecision = z.enum(['ns', 'us', 'ms', 's', 'min', 'day']);
export type TimePrecision = z.infer<typeof timePrecision>;

/** The current instant as a UTC ISO string, given a clock (tests pass a fixed one). */
export function toUtcIso(date: Date): string {
  return date.toISOString();
}

/** A source of the current time; use cases take one so tests control time. */
export type Clock = () => Date;

/** The real clock. */
export const systemClock: Clock = () => new Date();
