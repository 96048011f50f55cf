import type { TimePrecision } from '@aftermath/domain';

/** An instant read from a deploy event's `when`. */
export interface EventTime {
  /** UTC ISO 8601 with milliseconds. */
  at: string;
  precision: TimePrecision;
  /** True when `when` had no zone and the default zone was applied. */
  zoneAssumed: boolean;
}

const isoShape =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** How far `zone`'s wall clock is ahead of UTC at the instant `utcMs`, in ms. */
function zoneOffsetMs(utcMs: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatFor(zone).formatToParts(new Date(utcMs))) {
    parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - (utcMs - (utcMs % 1000));
}

/** The UTC instant of a wall-clock time in `zone` (two passes settle DST edges). */
function wallToUtc(wallMs: number, zone: string): number {
  const guess = wallMs - zoneOffsetMs(wallMs, zone);
  return wallMs - zoneOffsetMs(guess, zone);
}

function offsetMs(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return (digits.startsWith('-') ? -1 : 1) * minutes * 60_000;
}

function precisionOf(match: RegExpExecArray): TimePrecision {
  const fraction = match[7];
  if (fraction !== undefined)
    return fraction.length <= 3 ? 'ms' : fraction.length <= 6 ? 'us' : 'ns';
  if (match[6] !== undefined) return 's';
  return match[4] !== undefined ? 'min' : 'day';
}

function fromEpoch(value: number): EventTime | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const ms = value >= 1e11 ? value : value * 1000;
  const precision = value >= 1e11 || !Number.isInteger(value) ? 'ms' : 's';
  const date = new Date(Math.trunc(ms));
  return Number.isNaN(date.getTime())
    ? null
    : { at: date.toISOString(), precision, zoneAssumed: false };
}

function fromIso(text: string, defaultZone: string): EventTime | null {
  const match = isoShape.exec(text.trim());
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(match[i] ?? 0),
  );
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, second, millis);
  // Date.UTC rolls 2026-02-30 over into March; a date that does not round-trip does not exist.
  const check = new Date(wall);
  const back = [
    check.getUTCFullYear(),
    check.getUTCMonth() + 1,
    check.getUTCDate(),
    check.getUTCHours(),
    check.getUTCMinutes(),
    check.getUTCSeconds(),
  ];
  if (back.some((part, i) => part !== [year, month, day, hour, minute, second][i])) return null;
  const zone = match[8];
  const utc = zone === undefined ? wallToUtc(wall, defaultZone) : wall - offsetMs(zone);
  return {
    at: new Date(utc).toISOString(),
    precision: precisionOf(match),
    zoneAssumed: zone === undefined,
  };
}

/**
 * Reads `when`: an ISO 8601 / RFC 3339 string (date, minutes, seconds or a fraction down to
 * nanoseconds; `Z`, an offset, or no zone, which means `defaultZone` and is flagged), or Unix
 * epoch seconds or milliseconds as a number or digit string. Null when it is none of those.
 *
 * @example
 * readEventTime('2026-03-01 13:00', 'Europe/Berlin');
 * // { at: '2026-03-01T12:00:00.000Z', precision: 'min', zoneAssumed: true }
 */
export function readEventTime(value: unknown, defaultZone: string): EventTime | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return fromEpoch(Number(value));
  return fromIso(value, defaultZone);
}
