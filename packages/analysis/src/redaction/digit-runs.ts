// Reading runs of digit groups such as `+44 20 7946 0958`, `(415) 555-2671` or
// `4111-1111-1111-1111` in one pass: phone numbers and card numbers are classified from them.

/** One group of digits and the separator written before it (`''` for the first group). */
export interface DigitGroup {
  digits: string;
  separator: string;
  /** Absolute offsets of the digits. */
  start: number;
  end: number;
}

/** A run of digit groups joined by single separators; `plus` when it starts with `+`. */
export interface DigitRun {
  start: number;
  end: number;
  plus: boolean;
  groups: DigitGroup[];
  /** How many digits the groups hold together. */
  digits: number;
}

const MAX_GROUPS = 12;
/** The shortest single group worth a look: a compact card number has 12+ digits. */
const MIN_LONE_DIGITS = 12;
/** No phone or card shape has fewer digits than an international number's 8. */
const MIN_RUN_DIGITS = 8;

const SPACE = 32;
const PLUS = 43;
const OPEN = 40;
const CLOSE = 41;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Characters that glue a number to what precedes it: `x42`, `INC-42`, `#42`, `/42`, `=42`. */
function gluesBefore(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    isDigit(code) ||
    '_@#$%&*=~/\\-'.includes(String.fromCharCode(code))
  );
}

/**
 * Reads every run of digit groups that does not continue a word, a version or a time
 * (`v1.2`, `x42`, `14:55`) and holds at least 8 digits. Each character is read once; lone
 * short numbers (the bulk of any log) are skipped without allocating.
 */
export function readDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  CANDIDATE.lastIndex = 0;
  for (let span = CANDIDATE.exec(text); span; span = CANDIDATE.exec(text)) {
    readSpan(text, span.index, span.index + span[0].length, runs);
  }
  return runs;
}

/**
 * Stretches of digits and separators long enough to hold 8 digits: found by the regular
 * expression engine, so the JavaScript loop below only sees number-dense text.
 */
const CANDIDATE = /[+(]?\d[\d ()./-]{6,}/g;

function readSpan(text: string, from: number, to: number, runs: DigitRun[]): void {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const opens = (code === PLUS || code === OPEN) && isDigit(text.charCodeAt(i + 1));
    if (!isDigit(code) && !opens) {
      i += 1;
      continue;
    }
    const digitsEnd = skipDigits(text, opens ? i + 1 : i);
    if (!startsFreely(text, i)) {
      i = digitsEnd;
      continue;
    }
    if (!opens && digitsEnd - i < MIN_LONE_DIGITS && separatorLength(text, digitsEnd) === 0) {
      i = digitsEnd;
      continue;
    }
    const run = readRun(text, i);
    if (run.digits >= MIN_RUN_DIGITS) runs.push(run);
    i = Math.max(run.end, i + 1);
  }
}

function skipDigits(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i += 1;
  return i;
}

/** Not glued to a word, a decimal, a time or an identifier (`INC-42`, `v1.2`, `12:30`). */
function startsFreely(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  if (gluesBefore(before)) return false;
  return !((before === 46 || before === 58 || before === 44) && isDigit(text.charCodeAt(i - 2)));
}

/**
 * The length of the separator at `at` when a digit follows it: one space, `-`, `.`, `/`, `)`,
 * `) ` or ` (`; 0 otherwise.
 */
function separatorLength(text: string, at: number): number {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  let length = 0;
  if (first === CLOSE) length = second === SPACE ? 2 : 1;
  else if (first === SPACE) length = second === OPEN ? 2 : 1;
  else if (first === 45 || first === 46 || first === 47) length = 1;
  return length > 0 && isDigit(text.charCodeAt(at + length)) ? length : 0;
}

function readRun(text: string, from: number): DigitRun {
  const first = text.charCodeAt(from);
  const plus = first === PLUS;
  let separator = first === OPEN ? '(' : '';
  let i = from + (plus || first === OPEN ? 1 : 0);
  const groups: DigitGroup[] = [];
  let digits = 0;
  while (groups.length < MAX_GROUPS) {
    const end = skipDigits(text, i);
    groups.push({ digits: text.slice(i, end), separator, start: i, end });
    digits += end - i;
    const length = separatorLength(text, end);
    i = end;
    if (length === 0) break;
    separator = text.slice(end, end + length);
    i = end + length;
  }
  const last = groups[groups.length - 1];
  let end = last ? last.end : i;
  if (groups.length === 1 && separator === '(' && text.charCodeAt(end) === CLOSE) end += 1;
  return { start: from, end, plus, groups, digits };
}

/**
 * True when the run ends freely: not followed by a letter, a digit, or a `.`/`:`/`,` that
 * continues the number (`1.2.3.4.5`, `12:30`).
 */
export function endsFreely(text: string, end: number): boolean {
  const after = text.charCodeAt(end);
  if (gluesAfter(after)) return false;
  return !((after === 46 || after === 58 || after === 44) && isDigit(text.charCodeAt(end + 1)));
}

function gluesAfter(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    isDigit(code) ||
    code === 95 || // _
    code === 64 || // @
    code === 37 || // %
    code === 45 // -
  );
}
