import { MaskWriter } from './mask-writer';

/** The wildcard that stands for a variable part of a log message. */
export const WILDCARD = '<*>';

const OTHER = 0;
const DIGIT = 1;
const HEX_LETTER = 2;
const LETTER = 3;
const SPACE = 4;

/**
 * Character class of every byte the masker reads (see {@link MaskWriter.input}); anything but
 * ASCII letters, digits and whitespace counts as punctuation.
 */
const CLASS = new Uint8Array(256);
for (let code = 48; code <= 57; code += 1) CLASS[code] = DIGIT;
for (let code = 65; code <= 90; code += 1) {
  const hex = code <= 70 ? HEX_LETTER : LETTER;
  CLASS[code] = hex;
  CLASS[code + 32] = hex;
}
for (const code of [9, 10, 13, 32]) CLASS[code] = SPACE;

function classOf(code: number): number {
  return CLASS[code] ?? OTHER;
}

/** A message as the masker reads it: one byte per character (see {@link MaskWriter.input}). */
type Codes = Uint8Array;

/** The character code at `at`; 0 (punctuation, like the end of the message) past the end. */
function codeAt(text: Codes, at: number): number {
  return text[at] ?? 0;
}

/**
 * Masks the obviously variable parts of a log message with `<*>` and joins its tokens with
 * single spaces: numbers (`-12`, `0.25`), hex (`0x1f`, `54fadb41…`), IPv4 addresses with ports,
 * UUIDs, times, paths (`/var/log/x.log`), and digit runs inside words (`blk_-1608`, `core.2275`,
 * `bglio11`). Wildcards joined by `.`, `:` or `-` merge into one, so `10.0.0.1:80` is one `<*>`.
 * Words without digits are kept, so `user=root` and `user=guest` stay different. One pass over
 * the characters; a message with nothing to mask comes back as the same string.
 *
 * @example
 * maskMessage('Received block blk_-42 of size 67108864  from /10.250.10.6');
 * // 'Received block blk_<*> of size <*> from /<*>'
 */
export function maskMessage(message: string): string {
  writeMaskedMessage(sharedWriter, message);
  return sharedWriter.text();
}

/** The writer behind {@link maskMessage}; its buffer is reused from call to call. */
const sharedWriter = new MaskWriter();

/**
 * Writes the masked form of `message[from…]` (see {@link maskMessage}) into `writer`, finished,
 * without building a string: the miner looks repeated messages up by the writer's hash and
 * contents. Offsets below are relative to `from`.
 */
export function writeMaskedMessage(writer: MaskWriter, message: string, from = 0): void {
  writer.reset(message, from);
  const text = writer.input;
  const n = message.length - from;
  let tokenStart = 0;
  let i = 0;
  while (i < n) {
    let kind = classOf(codeAt(text, i));
    if (kind === SPACE) {
      i = normalizeSpace(writer, text, n, i);
      tokenStart = i;
    } else if (kind === OTHER) {
      const end = i === tokenStart ? pathEnd(text, n, i) : -1;
      if (end > 0) writer.wildcard(pathStart(text, n, i), end);
      i = end > 0 ? end : i + 1;
    } else if (kind !== LETTER && isUuidAt(text, n, i)) {
      writer.wildcard(signedStart(text, tokenStart, i), i + 36);
      i += 36;
    } else {
      // An alphanumeric run: count its digits and whether it could be hex.
      const runStart = i;
      let digits = 0;
      let hex = true;
      do {
        if (kind === DIGIT) digits += 1;
        else if (kind === LETTER) hex = false;
        i += 1;
        // Past the end the input holds zeros (punctuation), which end the run as well.
        kind = classOf(codeAt(text, i));
      } while (kind !== OTHER && kind !== SPACE);
      if (digits > 0) maskRun(writer, text, tokenStart, runStart, i, digits, hex);
    }
  }
  writer.finish();
}

/**
 * Masks one whitespace-free token (see {@link maskMessage}); returns it unchanged when nothing
 * in it is variable.
 *
 * @example
 * maskToken('uid=0'); // 'uid=<*>'
 */
export function maskToken(token: string): string {
  return maskMessage(token);
}

/** Skips the whitespace at `at`, writing one space between tokens and none at the ends. */
function normalizeSpace(writer: MaskWriter, text: Codes, n: number, at: number): number {
  let next = at;
  while (next < n && classOf(codeAt(text, next)) === SPACE) next += 1;
  if (at === 0 || next >= n) writer.cut(at, next, false);
  else if (next - at !== 1 || codeAt(text, at) !== 32) writer.cut(at, next, true);
  return next;
}

/**
 * Masks an alphanumeric run holding a digit: whole when it is a number, hex of four or more
 * characters or a `0x` literal; otherwise only its digit runs (`bglio11` → `bglio<*>`).
 */
function maskRun(
  writer: MaskWriter,
  text: Codes,
  tokenStart: number,
  start: number,
  end: number,
  digits: number,
  hex: boolean,
): void {
  const length = end - start;
  if (digits === length || (hex && length >= 4) || isHexLiteral(text, start, end)) {
    writer.wildcard(signedStart(text, tokenStart, start), end);
    return;
  }
  let i = start;
  while (i < end) {
    if (classOf(codeAt(text, i)) !== DIGIT) {
      i += 1;
      continue;
    }
    const digitStart = i;
    while (i < end && classOf(codeAt(text, i)) === DIGIT) i += 1;
    writer.wildcard(digitStart, i);
  }
}

/** Includes a minus sign before a number (`blk_-42`, `cport:-1`), but not a word's hyphen. */
function signedStart(text: Codes, tokenStart: number, at: number): number {
  if (at === tokenStart || codeAt(text, at - 1) !== 45) return at;
  if (at - 1 === tokenStart) return at - 1;
  const before = classOf(codeAt(text, at - 2));
  return before === OTHER ? at - 1 : at;
}

/**
 * For a token starting at `at` with punctuation: the end of the path it holds (`/a/b`, two or
 * more slashes after optional opening punctuation, closing punctuation left out), or -1.
 */
function pathEnd(text: Codes, n: number, at: number): number {
  const start = pathStart(text, n, at);
  if (codeAt(text, start) !== 47 || classOf(codeAt(text, start + 1)) === OTHER) return -1;
  let end = start + 1;
  let slashes = 1;
  for (; end < n; end += 1) {
    const code = codeAt(text, end);
    if (code === 47) slashes += 1;
    else if (classOf(code) === SPACE) break;
  }
  if (slashes < 2) return -1;
  while (end > start + 1) {
    const code = codeAt(text, end - 1);
    if (code === 47 || code === 95 || classOf(code) !== OTHER) break;
    end -= 1;
  }
  return end;
}

/** Skips opening punctuation (`'`, `(`, `"`…) up to a slash or a letter. */
function pathStart(text: Codes, n: number, at: number): number {
  let i = at;
  while (i < n && codeAt(text, i) !== 47 && classOf(codeAt(text, i)) === OTHER) {
    i += 1;
  }
  return i;
}

/** True for `8-4-4-4-12` hex digits at `at` (a UUID, whatever its letters). */
function isUuidAt(text: Codes, n: number, at: number): boolean {
  if (codeAt(text, at + 8) !== 45 || n - at < 36) return false;
  for (let i = 0; i < 36; i += 1) {
    const kind = classOf(codeAt(text, at + i));
    const dash = i === 8 || i === 13 || i === 18 || i === 23;
    if (dash ? codeAt(text, at + i) !== 45 : kind !== DIGIT && kind !== HEX_LETTER) return false;
  }
  const after = at + 36 < n ? classOf(codeAt(text, at + 36)) : SPACE;
  return after === OTHER || after === SPACE;
}

function isHexLiteral(text: Codes, start: number, end: number): boolean {
  if (end - start < 3 || codeAt(text, start) !== 48) return false;
  if ((codeAt(text, start + 1) | 0x20) !== 120) return false;
  for (let i = start + 2; i < end; i += 1) {
    const kind = classOf(codeAt(text, i));
    if (kind !== DIGIT && kind !== HEX_LETTER) return false;
  }
  return true;
}
