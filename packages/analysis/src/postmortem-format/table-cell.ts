/**
 * Table cells hold any text without losing a character:
 * `\` → `\\`, `|` → `\|`, `<` → `\<`, newline → `<br>`; a leading or trailing space or tab gets a
 * `\` in front so Markdown's cell trimming cannot eat it. An empty cell is null, `""` is the
 * empty string. Reading also accepts every Markdown backslash escape and `<br/>`, `<BR>`.
 */

const punctuation = /[!-/:-@[-`{-~]/;
const lineBreak = /^<br\s*\/?>/i;

const space = 32;
const tab = 9;
const backslash = 92;
const pipe = 124;

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

const special = /[\\|<\n]/g;
const replacements: Record<string, string> = { '\\': '\\\\', '|': '\\|', '<': '\\<', '\n': '<br>' };

/** Encodes a cell value; null becomes the empty cell. */
export function encodeCell(value: string | null): string {
  if (value === null) return '';
  if (value === '') return '""';
  if (value === '""') return '\\""';
  const leading = isBlank(value[0]);
  const trailing = value.length > 1 && isBlank(value[value.length - 1]);
  let encoded = value.replace(special, (char) => replacements[char] ?? char);
  // Blanks are not escaped above, so the encoded text starts and ends with the same blanks.
  if (trailing) encoded = `${encoded.slice(0, -1)}\\${encoded.slice(-1)}`;
  return leading ? `\\${encoded}` : encoded;
}

/** Encodes a value that is never null, writing the empty string as an empty cell. */
export function encodeTextCell(value: string): string {
  return value === '' ? '' : encodeCell(value);
}

/** True for a line or cell holding only spaces and tabs. */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== space && code !== tab) return false;
  }
  return true;
}

interface Piece {
  text: string;
  escaped: boolean;
}

function decodePieces(raw: string): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const char = raw[i] as string;
    const next = raw[i + 1];
    if (char === '\\' && next !== undefined && (punctuation.test(next) || isBlank(next))) {
      pieces.push({ text: next, escaped: true });
      i += 1;
    } else if (char === '<' && lineBreak.test(raw.slice(i, i + 8))) {
      const match = lineBreak.exec(raw.slice(i, i + 8)) as RegExpExecArray;
      pieces.push({ text: '\n', escaped: true });
      i += match[0].length - 1;
    } else {
      pieces.push({ text: char, escaped: false });
    }
  }
  return pieces;
}

function trimBlanks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text[start])) start += 1;
  while (end > start && isBlank(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

/** Decodes a raw cell (as split from its row); an empty cell is null. */
export function decodeCell(raw: string): string | null {
  if (!raw.includes('\\') && !raw.includes('<')) {
    const trimmed = trimBlanks(raw);
    return trimmed === '' ? null : trimmed === '""' ? '' : trimmed;
  }
  const pieces = decodePieces(raw);
  let start = 0;
  let end = pieces.length;
  while (start < end && !pieces[start]?.escaped && isBlank(pieces[start]?.text)) start += 1;
  while (end > start && !pieces[end - 1]?.escaped && isBlank(pieces[end - 1]?.text)) end -= 1;
  const kept = pieces.slice(start, end);
  if (kept.length === 0) return null;
  if (kept.length === 2 && kept.every((p) => p.text === '"' && !p.escaped)) return '';
  return kept.map((p) => p.text).join('');
}

/**
 * Splits a table row into raw cells at unescaped pipes, dropping the optional outer pipes.
 *
 * @example
 * splitRow('| a | b\\|c |'); // [' a ', ' b\\|c ']
 */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code === backslash) i += 1;
    else if (code === pipe) {
      cells.push(line.slice(start, i));
      start = i + 1;
    }
  }
  cells.push(line.slice(start));
  if (cells.length > 1 && isBlankText(cells[0] ?? '')) cells.shift();
  if (cells.length > 1 && isBlankText(cells[cells.length - 1] ?? '')) cells.pop();
  return cells;
}

/** Joins encoded cells into a row: `| a | b |`. */
export function joinRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
