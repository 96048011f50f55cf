import { clearTimeOfDay, type WallTime } from '../wall-time';
import { countDigits, isBoundary, isDigit, readDigits } from './chars';
import { readClock } from './clock';
import { isCalendarInitial, isWeekdayName, readMonthName } from './month-names';
import { readZoneName, readZoneSuffix } from './zone-suffix';

const SPACE = 32;
const COMMA = 44;
const SLASH = 47;
const COLON = 58;

/**
 * Reads a timestamp that starts with a month or weekday name at `at`: syslog
 * `Jun 14 15:16:01` (year from `referenceYear`), ctime `Sun Dec 04 04:47:44 2005` (Apache error
 * log, `date`), or RFC 2822 `Sun, 04 Dec 2005 04:47:44 +0000`. Returns the end offset or -1.
 */
export function readNamedTimestamp(
  line: string,
  at: number,
  wall: WallTime,
  referenceYear: number,
): number {
  if (!isCalendarInitial(line, at)) return -1;
  if (isWeekdayName(line, at)) {
    const after = line.charCodeAt(at + 3);
    if (after === COMMA && line.charCodeAt(at + 4) === SPACE) {
      return readDayMonthYear(line, at + 5, wall);
    }
    return after === SPACE ? readMonthFirst(line, at + 4, wall, referenceYear) : -1;
  }
  return readMonthFirst(line, at, wall, referenceYear);
}

/** `Mon D[D] HH:MM:SS[.fff][ UTC][ YYYY]`; the day may be space-padded (`Jul  1`). */
function readMonthFirst(line: string, at: number, wall: WallTime, referenceYear: number): number {
  wall.month = readMonthName(line, at);
  if (wall.month < 0 || line.charCodeAt(at + 3) !== SPACE) return -1;
  let i = at + 4;
  if (line.charCodeAt(i) === SPACE) i += 1;
  const dayDigits = countDigits(line, i);
  if (dayDigits < 1 || dayDigits > 2 || line.charCodeAt(i + dayDigits) !== SPACE) return -1;
  wall.day = readDigits(line, i, dayDigits);
  clearTimeOfDay(wall);
  let end = readClock(line, i + dayDigits + 1, wall, true);
  if (end < 0) return -1;
  if (line.charCodeAt(end) === SPACE) {
    const zoneEnd = readZoneName(line, end + 1);
    if (zoneEnd > 0) {
      wall.offsetMinutes = 0;
      end = zoneEnd;
    }
  }
  wall.year = referenceYear;
  if (line.charCodeAt(end) === SPACE && countDigits(line, end + 1) === 4) {
    const year = readDigits(line, end + 1, 4);
    if (year >= 1970 && year <= 2100 && isBoundary(line, end + 5)) {
      wall.year = year;
      end += 5;
    }
  }
  return isBoundary(line, end) ? end : -1;
}

/**
 * `DD/Mon/YYYY:HH:MM:SS ±HHMM` (Apache access log) or `DD Mon YYYY HH:MM:SS[ zone]`
 * (RFC 2822 after its weekday). Returns the end offset or -1.
 */
export function readDayMonthYear(line: string, at: number, wall: WallTime): number {
  const dayDigits = countDigits(line, at);
  const separator = line.charCodeAt(at + dayDigits);
  if (dayDigits < 1 || dayDigits > 2 || (separator !== SLASH && separator !== SPACE)) return -1;
  wall.day = readDigits(line, at, dayDigits);
  const monthAt = at + dayDigits + 1;
  wall.month = readMonthName(line, monthAt);
  if (wall.month < 0 || line.charCodeAt(monthAt + 3) !== separator) return -1;
  wall.year = readDigits(line, monthAt + 4, 4);
  const joint = line.charCodeAt(monthAt + 8);
  if (wall.year < 0 || isDigit(joint)) return -1;
  if (joint !== (separator === SLASH ? COLON : SPACE)) return -1;
  clearTimeOfDay(wall);
  const clockEnd = readClock(line, monthAt + 9, wall, separator === SLASH);
  if (clockEnd < 0) return -1;
  const end = readZoneSuffix(line, clockEnd, wall);
  return isBoundary(line, end) ? end : -1;
}
