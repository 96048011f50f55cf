import type { WallTime } from '../wall-time';
import { isDigit, isLetter, readDigits } from './chars';

const PLUS = 43;
const MINUS = 45;
const SPACE = 32;

/**
 * Reads a zone written after a time at `at`: `Z`, `+HH:MM`, `+HHMM`, `+HH`, or one space then
 * `+HHMM` / `+HH:MM` / `UTC` / `GMT`. Sets `wall.offsetMinutes` and returns the end offset, or
 * `at` unchanged when no zone is written there.
 */
export function readZoneSuffix(line: string, at: number, wall: WallTime): number {
  const code = line.charCodeAt(at);
  if (code === 90 || code === 122) {
    // 'Z' / 'z' must not start a word ("Zookeeper").
    if (isLetter(line.charCodeAt(at + 1))) return at;
    wall.offsetMinutes = 0;
    return at + 1;
  }
  if (code === PLUS || code === MINUS) return readNumericOffset(line, at, wall, false);
  if (code !== SPACE) return at;
  const next = line.charCodeAt(at + 1);
  if (next === PLUS || next === MINUS) {
    const end = readNumericOffset(line, at + 1, wall, true);
    return end === at + 1 ? at : end;
  }
  const end = readZoneName(line, at + 1);
  if (end < 0) return at;
  wall.offsetMinutes = 0;
  return end;
}

/** Reads `UTC`, `GMT` or `UT` at `at`; returns the end offset or -1. */
export function readZoneName(line: string, at: number): number {
  const a = line.charCodeAt(at);
  const b = line.charCodeAt(at + 1);
  const c = line.charCodeAt(at + 2);
  let length = 0;
  if (a === 85 && b === 84)
    length = c === 67 ? 3 : 2; // UTC, UT
  else if (a === 71 && b === 77 && c === 84) length = 3; // GMT
  if (length === 0 || isLetter(line.charCodeAt(at + length))) return -1;
  return at + length;
}

/**
 * Reads `±HH:MM`, `±HHMM` or (unless `strict`) `±HH` at `at`. `strict` is used after a space,
 * where a bare `-07` could as well be the start of the message.
 */
function readNumericOffset(line: string, at: number, wall: WallTime, strict: boolean): number {
  const sign = line.charCodeAt(at) === MINUS ? -1 : 1;
  const hours = readDigits(line, at + 1, 2);
  if (hours < 0 || hours > 23) return at;
  let minutes = 0;
  let end = at + 3;
  if (line.charCodeAt(end) === 58 && readDigits(line, end + 1, 2) >= 0) {
    minutes = readDigits(line, end + 1, 2);
    end += 3;
  } else if (readDigits(line, end, 2) >= 0) {
    minutes = readDigits(line, end, 2);
    end += 2;
  } else if (strict) {
    return at;
  }
  if (minutes > 59 || isDigit(line.charCodeAt(end))) return at;
  wall.offsetMinutes = sign * (hours * 60 + minutes);
  return end;
}
