// Reading `KEY <separator> VALUE` on one line, in the spellings of env files, YAML, JSON, INI,
// TOML, shell flags and source code: `DB_PASSWORD=…`, `password: "…"`, `"pwd": "…"`,
// `--password=…`, `secret := "…"`, `'token' => '…'`.

/** A value assigned to a key on the same line; offsets are absolute. */
export interface Assignment {
  /** Start and end of the value (inside its quotes when quoted). */
  start: number;
  end: number;
  value: string;
  quoted: boolean;
  /** Nothing but a comment or a trailing `,` / `;` follows the value on its line. */
  endsLine: boolean;
}

/** Where an assignment with no value on its line (`password:`, `secrets =`, `key: |`) sits. */
export interface OpenAssignment {
  empty: true;
}

const SEPARATORS = ['=>', ':=', '==', '=', ':'] as const;
const UNQUOTED_STOP = /[\s"'`;,)\]}]/;
const LINE_TAIL = /^\s*(?:[,;]\s*)?(?:(?:#|\/\/|;|--)\s.*|#.*)?$/;

function skipBlanks(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j += 1;
  return j;
}

/** The separator after a key (closing quote of the key and blanks allowed), or -1. */
function afterSeparator(text: string, keyEnd: number, lineEnd: number): number {
  let i = keyEnd;
  const quote = text.charAt(i);
  if (quote === '"' || quote === "'") i += 1;
  i = skipBlanks(text, i, lineEnd);
  for (const separator of SEPARATORS) {
    if (!text.startsWith(separator, i)) continue;
    const next = text.charAt(i + separator.length);
    // `Foo::bar` and `scheme://` are not assignments.
    if (separator === ':' && (next === ':' || text.startsWith('//', i + 1))) return -1;
    return skipBlanks(text, i + separator.length, lineEnd);
  }
  return -1;
}

/**
 * Reads the value assigned to the key that ends at `keyEnd`, on the line ending at `lineEnd`.
 * Returns undefined when no separator follows the key, `{ empty: true }` when the value is not on
 * this line (YAML parents, block scalars, INI continuation lines).
 */
export function readAssignment(
  text: string,
  keyEnd: number,
  lineEnd: number,
): Assignment | OpenAssignment | undefined {
  let i = afterSeparator(text, keyEnd, lineEnd);
  if (i < 0) return undefined;
  if (i >= lineEnd || /^[|>][+-]?\s*$/.test(text.slice(i, lineEnd))) return { empty: true };
  const tag = /^!!?[A-Za-z]+[ \t]+/.exec(text.slice(i, Math.min(lineEnd, i + 40)));
  if (tag) i += tag[0].length;
  return readValue(text, i, lineEnd);
}

/** Reads a quoted or bare value starting at `i`. */
export function readValue(text: string, i: number, lineEnd: number): Assignment | undefined {
  const quote = text.charAt(i);
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = closingQuote(text, i + 1, lineEnd, quote);
    if (close > i + 1) return assignment(text, i + 1, close, true, close + 1, lineEnd);
    if (close === i + 1) return undefined;
  }
  const start = quote === '"' || quote === "'" || quote === '`' ? i + 1 : i;
  let end = start;
  while (end < lineEnd && end - start < 1024 && !UNQUOTED_STOP.test(text.charAt(end))) end += 1;
  while (end > start && /[.:]/.test(text.charAt(end - 1))) end -= 1;
  if (end === start) return undefined;
  return assignment(text, start, end, false, end, lineEnd);
}

function closingQuote(text: string, from: number, lineEnd: number, quote: string): number {
  for (let j = from; j < lineEnd && j - from <= 1024; j += 1) {
    const c = text.charAt(j);
    if (c === '\\') j += 1;
    else if (c === quote) return j;
  }
  return -1;
}

function assignment(
  text: string,
  start: number,
  end: number,
  quoted: boolean,
  tailFrom: number,
  lineEnd: number,
): Assignment {
  const endsLine = LINE_TAIL.test(text.slice(tailFrom, lineEnd));
  return { start, end, value: text.slice(start, end), quoted, endsLine };
}

/** Narrows a read result to an assignment with a value. */
export function hasValue(read: Assignment | OpenAssignment | undefined): read is Assignment {
  return read !== undefined && !('empty' in read);
}
