/** Character-code helpers shared by the format readers: no regular expressions on the hot path. */

const ZERO = 48;
const NINE = 57;

/** True when `code` is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** True when `code` is an ASCII letter. */
export function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/** The value of exactly `count` digits at `at`, or -1 when any of them is not a digit. */
export function readDigits(line: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const code = line.charCodeAt(i);
    // Written as a negation so that NaN (reading past the end of the line) is rejected too.
    if (!(code >= ZERO && code <= NINE)) return -1;
    value = value * 10 + code - ZERO;
  }
  return value;
}

/** How many digits follow `at` (0 when none). */
export function countDigits(line: string, at: number): number {
  let i = at;
  while (isDigit(line.charCodeAt(i))) i += 1;
  return i - at;
}

/**
 * True when a timestamp may end at `at`: the end of the line or a character that cannot continue
 * a word or number (so `2005-06-03x` and `1117838570123x` are not timestamps).
 */
export function isBoundary(line: string, at: number): boolean {
  if (at >= line.length) return true;
  const code = line.charCodeAt(at);
  return !isDigit(code) && !isLetter(code) && code !== 95; // '_'
}
