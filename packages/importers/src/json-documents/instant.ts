import type { TimePrecision } from '@aftermath/domain';

/** A point in time read from evidence, normalised to UTC (shared between callers: read-only). */
export interface Instant {
  /** UTC ISO 8601 with milliseconds, e.g. `2020-02-06T00:17:58.432Z`. */
  readonly at: string;
  /** Milliseconds since the Unix epoch (finer digits truncated). */
  readonly epochMs: number;
  /** The finest unit the source wrote. */
  readonly precision: TimePrecision;
  /** True when the source gave no zone and the default zone was applied. */
  readonly zoneAssumed: boolean;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,12}))?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
const MINUTE_MS = 60_000;
/** Years outside this range are placeholders (Go's zero time is year 1) or typing errors. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/**
 * Reads an RFC 3339 / ISO 8601 date-time. Without a zone the `defaultZone` (an IANA name, `UTC`
 * or a fixed offset like `+02:00`) is applied and the result is flagged `zoneAssumed`. Returns
 * null for anything else, for impossible dates and for placeholders such as Go's zero time
 * `0001-01-01T00:00:00Z`.
 *
 * @example
 * parseInstant('2020-02-06T01:17:58.432911368+01:00', 'UTC');
 * // { at: '2020-02-06T00:17:58.432Z', epochMs: 1580948278432, precision: 'ns', zoneAssumed: false }
 */
export function parseInstant(text: unknown, defaultZone: string): Instant | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  // Event lists repeat the same few timestamps thousands of times.
  const key = `${defaultZone} ${text}`;
  const cached = recentInstants.get(key);
  if (cached !== undefined) return cached;
  const instant = readInstant(text, defaultZone);
  if (recentInstants.size >= CACHE_LIMIT) recentInstants.clear();
  recentInstants.set(key, instant);
  return instant;
}

const CACHE_LIMIT = 10_000;
const recentInstants = new Map<string, Instant | null>();

function readInstant(text: string, defaultZone: string): Instant | null {
  const match = RFC3339.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const wallMs = wallTimeMs(
    Number(y),
    Number(mo),
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
  );
  if (wallMs === null) return null;
  const fractionMs = fractionToMs(fraction);
  const offsetMinutes = zone ? parseOffsetMinutes(zone) : zoneOffsetMinutes(defaultZone, wallMs);
  if (offsetMinutes === null) return null;
  const epochMs = wallMs + fractionMs - offsetMinutes * MINUTE_MS;
  return {
    at: new Date(epochMs).toISOString(),
    epochMs,
    precision: precisionOf(s, fraction),
    zoneAssumed: !zone,
  };
}

/**
 * Reads a number of seconds, milliseconds, microseconds or nanoseconds since the Unix epoch,
 * telling them apart by magnitude (dates between 1973 and 5138). Trailing zeros lower the
 * precision: `1508849186227000000` is a millisecond time written in nanoseconds.
 *
 * @example
 * parseEpoch(1508849186227).at; // '2017-10-24T12:46:26.227Z'
 */
export function parseEpoch(value: unknown): Instant | null {
  // Nanosecond times exceed 2^53; their decimal form still carries the written digits.
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{9,19}$/.test(text)) return null;
  const unit = text.length <= 11 ? 0 : text.length <= 14 ? 3 : text.length <= 17 ? 6 : 9;
  const wholeSeconds = Number(text.slice(0, text.length - unit));
  const fraction = text.slice(text.length - unit).replace(/0+$/, '');
  const epochMs = wholeSeconds * 1000 + fractionToMs(fraction);
  const year = new Date(epochMs).getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return {
    at: new Date(epochMs).toISOString(),
    epochMs,
    precision: precisionOf('0', fraction),
    zoneAssumed: false,
  };
}

function fractionToMs(fraction: string | undefined): number {
  return fraction ? Number(`${fraction}00`.slice(0, 3)) : 0;
}

function precisionOf(seconds: string | undefined, fraction: string | undefined): TimePrecision {
  if (seconds === undefined) return 'min';
  if (!fraction) return 's';
  if (fraction.length <= 3) return 'ms';
  return fraction.length <= 6 ? 'us' : 'ns';
}

function wallTimeMs(y: number, mo: number, d: number, h: number, mi: number, s: number) {
  if (y < FIRST_YEAR || y > LAST_YEAR || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) {
    return null;
  }
  if (s > 60) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59));
  // Date.UTC rolls 31 April over into May; a real date round-trips.
  return new Date(ms).getUTCDate() === d ? ms : null;
}

function parseOffsetMinutes(zone: string): number | null {
  if (/^(?:Z|UTC)$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

/** Minutes east of UTC in `zone` at a wall-clock time, or null for an unknown zone. */
function zoneOffsetMinutes(zone: string, wallMs: number): number | null {
  const fixed = parseOffsetMinutes(zone.replace(/^(?:UTC|GMT)(?=[+-])/i, ''));
  if (fixed !== null) return fixed;
  const format = zoneFormat(zone);
  if (!format) return null;
  // Guess the offset at the wall time, then correct once for a transition in between.
  const first = offsetAt(format, wallMs);
  const second = offsetAt(format, wallMs - first * MINUTE_MS);
  return second;
}

function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  if (!zoneFormats.has(zone)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
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
    } catch {
      format = null;
    }
    zoneFormats.set(zone, format);
  }
  return zoneFormats.get(zone) ?? null;
}

function offsetAt(format: Intl.DateTimeFormat, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(utcMs)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / MINUTE_MS);
}
