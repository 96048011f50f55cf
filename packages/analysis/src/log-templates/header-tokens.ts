/** Character-level readers for the header of a plain-text log line. */

/**
 * A number naming an upper-case word of up to nine letters (five bits a letter, exact in a
 * double), so that a level is recognised without slicing the line.
 */
function wordKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i += 1) key = key * 32 + ((text.charCodeAt(i) & ~0x20) - 64);
  return key;
}

/** Severity words accepted as a level (upper case bare, `INFO`; any case in brackets), by key. */
const LEVELS = new Map(
  (
    'TRACE DEBUG FINE FINER FINEST CONFIG INFO NOTICE WARN WARNING ERROR ERR SEVERE ' +
    'CRITICAL CRIT ALERT FATAL EMERG EMERGENCY FAILURE PANIC'
  )
    .split(' ')
    .map((word) => [wordKey(word, 0, word.length), word]),
);

/** True when `code` is a space or a tab. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** The offset of the first non-blank character at or after `at`. */
export function skipBlanks(line: string, at: number): number {
  let i = at;
  while (isBlank(line.charCodeAt(i))) i += 1;
  return i;
}

/**
 * The end of the whitespace-free token starting at `at`. `tabs` says whether the line holds a
 * tab at all; without one a native search for the next space does the job.
 */
export function tokenEnd(line: string, at: number, tabs: boolean): number {
  if (!tabs) {
    const space = line.indexOf(' ', at);
    return space < 0 ? line.length : space;
  }
  let i = at;
  while (i < line.length && !isBlank(line.charCodeAt(i))) i += 1;
  return i;
}

/**
 * The end (after `]`) of a bracket group `[…]` starting at `at`, which may nest and hold spaces
 * (`[ProcessThread(sid:1 cport:-1)::PrepRequestProcessor@476]`), or -1.
 */
export function bracketGroupEnd(line: string, at: number): number {
  if (line.charCodeAt(at) !== 91) return -1;
  const close = line.indexOf(']', at + 1);
  if (close < 0) return -1;
  const open = line.indexOf('[', at + 1);
  if (open < 0 || open > close) return close - at < 512 ? close + 1 : -1;
  let depth = 0;
  for (let i = at; i < line.length && i < at + 512; i += 1) {
    const code = line.charCodeAt(i);
    if (code === 91) depth += 1;
    else if (code === 93) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The level word in `line[start, end)`, or null: `INFO`, `Info`, or any case in brackets
 * (`[notice]` → `notice`, `<warn>`).
 */
export function readLevel(line: string, start: number, end: number): string | null {
  const open = line.charCodeAt(start);
  const bracketed = (open === 91 || open === 60) && end - start >= 5;
  const from = bracketed ? start + 1 : start;
  const to = bracketed ? end - 1 : end;
  if (to - from < 3 || to - from > 9) return null;
  // Cheap rejection before slicing: letters only; bare words upper case or capitalised.
  let lower = 0;
  for (let i = from; i < to; i += 1) {
    const code = line.charCodeAt(i);
    if (code >= 97 && code <= 122) lower += 1;
    else if (code < 65 || code > 90) return null;
  }
  const capitalised = lower === to - from - 1 && lower > 0;
  if (!bracketed && lower > 0 && !(capitalised && line.charCodeAt(from) <= 90)) return null;
  if (bracketed && line.charCodeAt(to) !== (open === 91 ? 93 : 62)) return null;
  const level = LEVELS.get(wordKey(line, from, to));
  if (level === undefined) return null;
  // Upper case as listed: the shared constant, equal to the text, without a copy of it.
  return lower === 0 ? level : line.slice(from, to);
}

/** True for a lone separator token: `-`, `:` or `|`. */
export function isSeparator(line: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const code = line.charCodeAt(start);
  return code === 45 || code === 58 || code === 124;
}

/**
 * True for a logger or class name: letters, digits and `_ . $ / # @ -` only, with a `.` or `$`
 * somewhere (`dfs.DataNode$PacketResponder`, `nova.compute.manager`). A trailing `:` is allowed.
 */
export function isComponentName(line: string, start: number, end: number): boolean {
  let dotted = false;
  const last = line.charCodeAt(end - 1) === 58 ? end - 1 : end;
  if (last - start < 2) return false;
  for (let i = start; i < last; i += 1) {
    const code = line.charCodeAt(i);
    if (code === 46 || code === 36) dotted = true;
    else if (!isNameChar(code)) return false;
  }
  return dotted;
}

function isNameChar(code: number): boolean {
  const lower = code | 0x20;
  if (lower >= 97 && lower <= 122) return true;
  if (code >= 48 && code <= 57) return true;
  return code === 95 || code === 47 || code === 35 || code === 64 || code === 45;
}
