import type { WallTime } from '../wall-time';
import { countDigits, isBoundary, isDigit, readDigits } from './chars';
import { readFraction } from './clock';

/** Seconds-since-epoch bounds accepted as a timestamp: 2000-01-01 to 2100-01-01 (UTC). */
const MIN_SECONDS = 946_684_800;
const MAX_SECONDS = 4_102_444_800;

/** By total digit count: how many digits follow the seconds (9–10 digits = seconds), or -1. */
const EXTRA_DIGITS = [-1, -1, -1, -1, -1, -1, -1, -1, -1, 0, 0, -1, 3, 3, -1, 6, 6, -1, 9, 9];
const PRECISIONS: Array<WallTime['precision']> = ['s', 'ms', 'us', 'ns'];

/**
 * Reads an epoch timestamp at `at`: seconds (optionally with a fraction, `1117838570.25`),
 * milliseconds, microseconds or nanoseconds, told apart by digit count and accepted only between
 * 2000 and 2100 so that ordinary numbers are not taken for times. Returns the end offset or -1.
 */
export function readEpoch(line: string, at: number, wall: WallTime): number {
  const count = countDigits(line, at);
  const extra = EXTRA_DIGITS[count] ?? -1;
  if (extra < 0) return -1;
  const secondsDigits = count - extra;
  const seconds = readDigits(line, at, secondsDigits);
  if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS) return -1;
  let end = at + count;
  let millis = 0;
  wall.precision = PRECISIONS[extra / 3] ?? 's';
  if (extra > 0) {
    millis = readDigits(line, at + secondsDigits, 3);
  } else if (line.charCodeAt(end) === 46 && isDigit(line.charCodeAt(end + 1))) {
    end = readFraction(line, end + 1, wall);
    millis = wall.millis;
  }
  if (!isBoundary(line, end)) return -1;
  wall.epochMs = seconds * 1000 + millis;
  return end;
}
