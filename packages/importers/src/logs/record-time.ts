import { createTimestampExtractor, type TimestampOptions } from '@aftermath/analysis';
import type { Instant } from '../json-documents';

/** Reads the value of a time field (string or number) as an instant; null when it is none. */
export type FieldTimeReader = (value: unknown) => Instant | null;

/** Epoch seconds between 2000 and 2100, the range the timestamp extractor accepts too. */
const EPOCH_S_MIN = 946_684_800;
const EPOCH_S_MAX = 4_102_444_800;

/**
 * Builds a reader for time fields of structured logs: ISO 8601 / RFC 3339 and every form the
 * plain-text timestamp extractor knows, as strings, plus epoch seconds, milliseconds,
 * microseconds or nanoseconds as numbers or digit strings (`1700000000`, `1700000000.25`,
 * `"1700000000123"`). Strings must hold the timestamp alone (surrounding spaces allowed).
 *
 * @example
 * const read = createFieldTimeReader({ defaultZone: 'UTC' });
 * read(1700000000.25)?.at; // '2023-11-14T22:13:20.250Z'
 * read('2023-11-14 22:13:20')?.zoneAssumed; // true
 */
export function createFieldTimeReader(options: TimestampOptions): FieldTimeReader {
  const extract = createTimestampExtractor(options);
  const readUtc = createUtcSecondCache(extract);
  return (value) => {
    if (typeof value === 'number') return readEpochNumber(value, extract);
    if (typeof value !== 'string') return null;
    const quick = readUtc(value);
    if (quick !== null) return quick;
    const text = value.trim();
    if (text === '' || text.length > 64) return null;
    const found = extract(text);
    if (found === null || found.start !== 0) return null;
    if (found.end < text.length && !/^[\])"']?$/.test(text.slice(found.end))) return null;
    return {
      at: found.at,
      epochMs: found.epochMs,
      precision: found.precision,
      zoneAssumed: found.zoneAssumed,
    };
  };
}

function readEpochNumber(
  value: number,
  extract: ReturnType<typeof createTimestampExtractor>,
): Instant | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  if (Number.isInteger(value)) {
    const found = extract(BigInt(value).toString());
    if (found === null) return null;
    const { at, epochMs, precision, zoneAssumed } = found;
    return { at, epochMs, precision, zoneAssumed };
  }
  if (value < EPOCH_S_MIN || value > EPOCH_S_MAX) return null;
  const epochMs = Math.floor(value * 1000);
  return { at: new Date(epochMs).toISOString(), epochMs, precision: 'ms', zoneAssumed: false };
}

const UTC_FRACTION = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.(\d{1,9})Z$/;
const SECOND_CACHE_MAX = 4096;

/**
 * Structured logs write `2026-03-01T12:00:00.123Z` on every line and many lines share a second:
 * the second is parsed once and the fraction added, which keeps time reading off the hot path.
 */
function createUtcSecondCache(
  extract: ReturnType<typeof createTimestampExtractor>,
): (text: string) => Instant | null {
  const seconds = new Map<string, number | null>();
  return (text) => {
    const match = UTC_FRACTION.exec(text);
    const fraction = match?.[1];
    if (fraction === undefined) return null;
    const second = text.slice(0, 19);
    let base = seconds.get(second);
    if (base === undefined) {
      base = extract(`${second}Z`)?.epochMs ?? null;
      if (seconds.size >= SECOND_CACHE_MAX) seconds.clear();
      seconds.set(second, base);
    }
    if (base === null) return null;
    const millis = fraction.padEnd(3, '0').slice(0, 3);
    const epochMs = base + Number(millis);
    const precision = fraction.length <= 3 ? 'ms' : fraction.length <= 6 ? 'us' : 'ns';
    // The fraction never changes the second, so the UTC text is the input's own.
    return { at: `${second}.${millis}Z`, epochMs, precision, zoneAssumed: false };
  };
}
