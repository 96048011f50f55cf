import type { Instant } from '../json-documents';

/** Times before 1973 or after 9999 are unset fields (`"0"`) or typing errors, not evidence. */
const FIRST_MS = Date.UTC(1973, 0, 1);
const LAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * An OTLP `fixed64` time in nanoseconds since the Unix epoch, written as a decimal string
 * (the OTLP/JSON rule for 64-bit integers) or, by lax senders, as a JSON number. Trailing zeros
 * lower the precision: `"1544712660300000000"` is a millisecond time. Returns null for `"0"`
 * (unset), for anything that is not a whole number and for times outside 1973–9999.
 *
 * @example
 * parseUnixNano('1544712660300000000'); // { at: '2018-12-13T14:51:00.300Z', precision: 'ms', … }
 */
export function parseUnixNano(value: unknown): Instant | null {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,20}$/.test(text)) return null;
  const padded = text.padStart(10, '0');
  const seconds = Number(padded.slice(0, -9));
  const nanos = padded.slice(-9);
  const epochMs = seconds * 1000 + Number(nanos.slice(0, 3));
  if (epochMs < FIRST_MS || epochMs > LAST_MS) return null;
  const digits = nanos.replace(/0+$/, '').length;
  return {
    at: new Date(epochMs).toISOString(),
    epochMs,
    precision: digits === 0 ? 's' : digits <= 3 ? 'ms' : digits <= 6 ? 'us' : 'ns',
    zoneAssumed: false,
  };
}

/**
 * The difference `end - start` of two nanosecond times in milliseconds (fractional), exact for
 * spans shorter than about 100 days; null when either is not a nanosecond string or end < start.
 *
 * @example
 * durationMs('1544712660000000000', '1544712661000000000'); // 1000
 */
export function durationMs(start: unknown, end: unknown): number | null {
  if (typeof start !== 'string' || typeof end !== 'string') return null;
  if (!/^\d{1,20}$/.test(start) || !/^\d{1,20}$/.test(end)) return null;
  const nanos = BigInt(end) - BigInt(start);
  return nanos < 0n ? null : Number(nanos) / 1e6;
}
