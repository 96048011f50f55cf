import { isLetter } from './chars';

function key(line: string, at: number): number {
  return (
    ((line.charCodeAt(at) | 0x20) << 16) |
    ((line.charCodeAt(at + 1) | 0x20) << 8) |
    (line.charCodeAt(at + 2) | 0x20)
  );
}

function code(name: string): number {
  return key(name, 0);
}

const MONTHS = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map(
    (name, index) => [code(name), index + 1],
  ),
);
const WEEKDAYS = new Set(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map(code));

/** Initials of month and weekday names (lower case): a cheap first test. */
const INITIALS = new Uint8Array(128);
for (const letter of 'jfmasondtw') INITIALS[letter.charCodeAt(0)] = 1;

/** True when the letter at `at` can start a month or weekday name. */
export function isCalendarInitial(line: string, at: number): boolean {
  return INITIALS[(line.charCodeAt(at) | 0x20) & 127] === 1;
}

/** The month (1–12) named by the three letters at `at` (any case), or -1. */
export function readMonthName(line: string, at: number): number {
  if (isLetter(line.charCodeAt(at + 3))) return -1;
  return MONTHS.get(key(line, at)) ?? -1;
}

/** True when the three letters at `at` abbreviate a weekday (`Sun` … `Sat`, any case). */
export function isWeekdayName(line: string, at: number): boolean {
  return !isLetter(line.charCodeAt(at + 3)) && WEEKDAYS.has(key(line, at));
}
