import type { WallTime } from '../wall-time';
import { countDigits, isBoundary, isDigit } from './chars';
import { readFraction } from './clock';

/** Seconds-since-epoch bounds accepted as a timestamp: 2000-01-01 to 2100-01-01 (UTC). */
const MIN_SECONDS = 946_684_800;
const MAX_SECONDS = 4_102_444_800;

/** Digits after the seconds and the precision, by total digit count (9–10 digits = seconds). */
function epochUnit(count: number): { extra: number; precision: WallTime['precision'] } | null {
  switch (count) {
    case 9:
    case 10:
      return { extra: 0, precision: 's' };
    case 12:
    case 13:
      return { extra: 3, precision: 'ms' };
    case 15:
    case 16:
      return { extra: 6, precision: 'us' };
    case 18:
    case 19:
      return { extra: 9, precision: 'ns' };
    default:
      return null;
  }
}

/**
 * Reads an epoch timestamp at `at`: seconds (optionally with a fraction, `1117838570.25`),
 * milliseconds, microseconds or nanoseconds, told apart by digit count and accepted only between
 * 2000 and 2100 so that ordinary numbers are not taken for times. Returns the end offset or -1.
 */
export function readEpoch(line: string, at: number, wall: WallTime): number {
  const count = countDigits(line, at);
  const unit = epochUnit(count);
  if (unit === null) return -1;
  const secondsDigits = count - unit.extra;
  const seconds = Number(line.slice(at, at + secondsDigits));
  if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS) return -1;
  let end = at + count;
  let millis = 0;
  wall.precision = unit.precision;
  if (unit.extra > 0) {
    millis = Number(line.slice(at + secondsDigits, at + secondsDigits + 3));
  } else if (line.charCodeAt(end) === 46 && isDigit(line.charCodeAt(end + 1))) {
    end = readFraction(line, end + 1, wall);
    millis = wall.millis;
  }
  if (!isBoundary(line, end)) return -1;
  wall.epochMs = seconds * 1000 + millis;
  return end;
}
