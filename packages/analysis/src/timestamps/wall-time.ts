import type { TimePrecision } from '@aftermath/domain';

/**
 * The fields of a timestamp as written, filled in place by the format readers so that reading a
 * line allocates nothing until a timestamp is found.
 */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Milliseconds of the second (0–999); finer digits only change `precision`. */
  millis: number;
  precision: TimePrecision;
  /** Offset from UTC in minutes written in the timestamp, or null when it had none. */
  offsetMinutes: number | null;
  /** Set by epoch forms, which name the instant directly. */
  epochMs: number | null;
}

/** A fresh scratch record. */
export function createWallTime(): WallTime {
  return {
    year: 0,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    millis: 0,
    precision: 's',
    offsetMinutes: null,
    epochMs: null,
  };
}

/** Resets the time-of-day part, for forms that stop at the date or the minute. */
export function clearTimeOfDay(wall: WallTime): void {
  wall.hour = 0;
  wall.minute = 0;
  wall.second = 0;
  wall.millis = 0;
  wall.offsetMinutes = null;
  wall.epochMs = null;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the calendar and clock fields name a real moment (leap second 60 allowed). */
export function isValidWallTime(wall: WallTime): boolean {
  if (wall.month < 1 || wall.month > 12 || wall.day < 1) return false;
  if (wall.day > (DAYS_IN_MONTH[wall.month - 1] ?? 0)) return false;
  if (wall.month === 2 && wall.day === 29 && !isLeapYear(wall.year)) return false;
  return wall.hour < 24 && wall.minute < 60 && wall.second <= 60;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The wall-clock fields read as if they were UTC, in milliseconds since the epoch. */
export function wallTimeAsUtcMs(wall: WallTime): number {
  // Log lines come in date order, so the previous line's day count is nearly always the answer.
  if (wall.day !== lastDate.day || wall.month !== lastDate.month || wall.year !== lastDate.year) {
    lastDate.days = daysFromCivil(wall.year, wall.month, wall.day);
    lastDate.year = wall.year;
    lastDate.month = wall.month;
    lastDate.day = wall.day;
  }
  const days = lastDate.days;
  return ((days * 24 + wall.hour) * 60 + wall.minute) * 60_000 + wall.second * 1000 + wall.millis;
}

/** The date last converted and its day count (a cache; every field is compared). */
const lastDate = { year: Number.NaN, month: 0, day: 0, days: 0 };

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days-from-civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
