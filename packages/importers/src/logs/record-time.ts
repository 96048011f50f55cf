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
  return (value) => {
    if (typeof value === 'number') return readEpochNumber(value, extract);
    if (typeof value !== 'string') return null;
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
