import { clearTimeOfDay, type WallTime } from '../wall-time';
import { countDigits, isBoundary, isDigit, readDigits } from './chars';
import { readClock, readFraction } from './clock';
import { readEpoch } from './epoch';
import { readDayMonthYear } from './named-month';
import { readZoneSuffix } from './zone-suffix';

const SPACE = 32;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const T = 84;
const UNDERSCORE = 95;

/**
 * Reads a timestamp that starts with a digit at `at`, choosing the form from the length of the
 * first digit run: `YYYY-MM-DD…` (ISO 8601 / RFC 3339 / log4j / BGL), `YYMMDD HHMMSS` (HDFS),
 * `YYYYMMDD[T ]HHMMSS`, `YYYYMMDD-HH:MM:SS`, `YY/MM/DD HH:MM:SS` (Spark), `MM-DD HH:MM:SS.mmm`
 * (Android) and `MM.DD HH:MM:SS` (Proxifier) in the reference year, `DD/Mon/YYYY:HH:MM:SS ±HHMM`
 * (Apache access), `DD Mon YYYY HH:MM:SS`, or epoch digits. Returns the end offset or -1.
 */
export function readNumericTimestamp(
  line: string,
  at: number,
  wall: WallTime,
  referenceYear: number,
): number {
  const run = countDigits(line, at);
  const next = line.charCodeAt(at + run);
  if (run === 4 && (next === DASH || next === SLASH || next === DOT)) {
    return readYearFirst(line, at, wall);
  }
  if (run === 6 && next === SPACE) return readCompact(line, at, wall, 2);
  if (run === 8 && (next === SPACE || next === T)) return readCompact(line, at, wall, 4);
  if (run === 8 && next === DASH) return readDateDashClock(line, at, wall);
  if (run === 2 && (next === DASH || next === DOT))
    return readMonthDay(line, at, wall, referenceYear);
  if (run === 2 && next === SLASH && isDigit(line.charCodeAt(at + 3))) {
    return readShortYearFirst(line, at, wall);
  }
  if (run <= 2 && (next === SLASH || next === SPACE)) return readDayMonthYear(line, at, wall);
  return readEpoch(line, at, wall);
}

/** `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY.MM.DD`, then optionally a time and a zone. */
function readYearFirst(line: string, at: number, wall: WallTime): number {
  const separator = line.charCodeAt(at + 4);
  wall.year = readDigits(line, at, 4);
  wall.month = readDigits(line, at + 5, 2);
  wall.day = readDigits(line, at + 8, 2);
  if (wall.month < 0 || wall.day < 0 || line.charCodeAt(at + 7) !== separator) return -1;
  clearTimeOfDay(wall);
  wall.precision = 'day';
  const dateEnd = at + 10;
  const joint = line.charCodeAt(dateEnd);
  if (joint === T || joint === SPACE || joint === UNDERSCORE || joint === DASH) {
    const clockEnd = readClock(line, dateEnd + 1, wall, false);
    if (clockEnd > 0) {
      const end = readZoneSuffix(line, clockEnd, wall);
      return isBoundary(line, end) ? end : -1;
    }
    wall.precision = 'day';
  }
  return isBoundary(line, dateEnd) ? dateEnd : -1;
}

/** `YYMMDD HHMMSS` (`yearDigits` 2) or `YYYYMMDD[T ]HHMMSS[.fff][zone]` (`yearDigits` 4). */
function readCompact(line: string, at: number, wall: WallTime, yearDigits: 2 | 4): number {
  const year = readDigits(line, at, yearDigits);
  const clock = at + yearDigits + 5;
  wall.year = yearDigits === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
  wall.month = readDigits(line, at + yearDigits, 2);
  wall.day = readDigits(line, at + yearDigits + 2, 2);
  clearTimeOfDay(wall);
  wall.hour = readDigits(line, clock, 2);
  wall.minute = readDigits(line, clock + 2, 2);
  wall.second = readDigits(line, clock + 4, 2);
  wall.precision = 's';
  if (wall.hour < 0 || wall.minute < 0 || wall.second < 0) return -1;
  let end = clock + 6;
  if (yearDigits === 4) {
    if (line.charCodeAt(end) === DOT && isDigit(line.charCodeAt(end + 1))) {
      end = readFraction(line, end + 1, wall);
    }
    end = readZoneSuffix(line, end, wall);
  }
  return isBoundary(line, end) ? end : -1;
}

/** `MM-DD HH:MM:SS[.fff]` (Android logcat) or `MM.DD HH:MM:SS`, in `referenceYear`. */
function readMonthDay(line: string, at: number, wall: WallTime, referenceYear: number): number {
  wall.year = referenceYear;
  wall.month = readDigits(line, at, 2);
  wall.day = readDigits(line, at + 3, 2);
  if (wall.day < 0 || line.charCodeAt(at + 5) !== SPACE) return -1;
  clearTimeOfDay(wall);
  const end = readClock(line, at + 6, wall, true);
  return end > 0 && isBoundary(line, end) ? end : -1;
}

/** `YY/MM/DD HH:MM:SS[.fff]`, year first as Spark's log4j layout writes it. */
function readShortYearFirst(line: string, at: number, wall: WallTime): number {
  wall.year = 2000 + readDigits(line, at, 2);
  wall.month = readDigits(line, at + 3, 2);
  wall.day = readDigits(line, at + 6, 2);
  if (wall.month < 0 || wall.day < 0 || line.charCodeAt(at + 5) !== SLASH) return -1;
  if (line.charCodeAt(at + 8) !== SPACE) return -1;
  clearTimeOfDay(wall);
  const end = readClock(line, at + 9, wall, true);
  return end > 0 && isBoundary(line, end) ? end : -1;
}

/** `YYYYMMDD-HH:MM:SS` (HealthApp); a trailing `:mmm` is left out of the span. */
function readDateDashClock(line: string, at: number, wall: WallTime): number {
  wall.year = readDigits(line, at, 4);
  wall.month = readDigits(line, at + 4, 2);
  wall.day = readDigits(line, at + 6, 2);
  clearTimeOfDay(wall);
  const end = readClock(line, at + 9, wall, true);
  return end > 0 && isBoundary(line, end) ? end : -1;
}
