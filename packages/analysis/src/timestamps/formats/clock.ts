import type { WallTime } from '../wall-time';
import { isDigit, readDigits } from './chars';

const COLON = 58;
const DOT = 46;
const COMMA = 44;

/**
 * Reads a time of day `HH:MM[:SS[.fraction]]` at `at` into `wall`. The clock separator may be `:`
 * or `.` (BGL writes `15.42.50.675872`); the fraction separator `.` or `,` (log4j). Sets the
 * precision from the finest field written. Returns the end offset, or -1.
 */
export function readClock(
  line: string,
  at: number,
  wall: WallTime,
  requireSeconds: boolean,
): number {
  const hour = readDigits(line, at, 2);
  const separator = line.charCodeAt(at + 2);
  if (hour < 0 || (separator !== COLON && separator !== DOT)) return -1;
  const minute = readDigits(line, at + 3, 2);
  if (minute < 0) return -1;
  wall.hour = hour;
  wall.minute = minute;
  wall.second = 0;
  wall.millis = 0;
  wall.precision = 'min';
  let end = at + 5;
  if (line.charCodeAt(end) !== separator || !isDigit(line.charCodeAt(end + 1))) {
    return requireSeconds ? -1 : end;
  }
  const second = readDigits(line, end + 1, 2);
  if (second < 0) return -1;
  wall.second = second;
  wall.precision = 's';
  end += 3;
  const mark = line.charCodeAt(end);
  if ((mark === DOT || mark === COMMA) && isDigit(line.charCodeAt(end + 1))) {
    end = readFraction(line, end + 1, wall);
  }
  return end;
}

/** Reads fractional-second digits at `at` (any count; nine are kept as precision). */
export function readFraction(line: string, at: number, wall: WallTime): number {
  let i = at;
  let millis = 0;
  while (isDigit(line.charCodeAt(i))) {
    if (i - at < 3) millis = millis * 10 + line.charCodeAt(i) - 48;
    i += 1;
  }
  const count = i - at;
  for (let k = count; k < 3; k += 1) millis *= 10;
  wall.millis = millis;
  wall.precision = count <= 3 ? 'ms' : count <= 6 ? 'us' : 'ns';
  return i;
}
