import { PRIORITY } from './rule-priority';
import type { Candidate } from './sensitive-finding';
import type { TextLines } from './text-lines';
import { decodesToText, hasDistinctCharacters } from './value-shape';

const BEGIN = /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-{3,5}/g;
const END = /-{3,5}END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-{3,5}/;
const BODY_LINE = /^[A-Za-z0-9+/=\\]+["',]?$/;
const HEADER_LINE = /^(?:Proc-Type|DEK-Info|Comment|Version|Hash):/;
const MAX_LINES = 2000;

/**
 * Finds PEM private keys (RSA, EC, DSA, OpenSSH, PGP, PKCS#8, encrypted or not) from the BEGIN
 * marker to the END marker: across lines, or inside one line with escaped `\n` (a service-account
 * JSON file). A block without an END marker runs as far as its base64 lines go. Placeholders
 * (`...`, `xxx`, `***`, short or text-encoding bodies) are not keys.
 */
export function scanPrivateKeys(text: string, lines: TextLines): Candidate[] {
  if (!text.includes('PRIVATE KEY')) return [];
  const candidates: Candidate[] = [];
  BEGIN.lastIndex = 0;
  for (let match = BEGIN.exec(text); match; match = BEGIN.exec(text)) {
    const start = match.index;
    const afterBegin = start + match[0].length;
    const lineIndex = lines.indexOf(start);
    const lineEnd = lines.ends[lineIndex] ?? text.length;
    const rest = text.slice(afterBegin, lineEnd);
    const block = /[A-Za-z0-9]/.test(rest)
      ? inlineBlock(rest, afterBegin)
      : multiLineBlock(lines, lineIndex);
    if (!block || !looksLikeKeyMaterial(block.body)) continue;
    candidates.push({
      start,
      end: block.end,
      kind: 'secret',
      rule: 'private-key',
      priority: PRIORITY.privateKey,
    });
    BEGIN.lastIndex = Math.max(BEGIN.lastIndex, block.end);
  }
  return candidates;
}

interface Block {
  end: number;
  body: string;
}

/** A key written on one line: `"-----BEGIN PRIVATE KEY-----\nMIIE…\n-----END PRIVATE KEY-----\n"`. */
function inlineBlock(rest: string, offset: number): Block | undefined {
  const end = END.exec(rest);
  const stop = end ? end.index : firstQuote(rest);
  const body = rest.slice(0, stop).replace(/\\[nr]|\\\\n|\s/g, '');
  return { end: offset + (end ? end.index + end[0].length : stop), body };
}

function firstQuote(rest: string): number {
  const quote = rest.search(/["'`]/);
  return quote < 0 ? rest.length : quote;
}

/** A key over several lines; stops at the END marker or at the first line that is not base64. */
function multiLineBlock(lines: TextLines, beginLine: number): Block | undefined {
  let body = '';
  let end = lines.ends[beginLine] ?? 0;
  const last = Math.min(lines.count - 1, beginLine + MAX_LINES);
  for (let index = beginLine + 1; index <= last; index += 1) {
    const line = lines.line(index).trim();
    const marker = END.exec(line);
    if (marker) {
      const lineStart = (lines.starts[index] ?? 0) + lines.line(index).indexOf(line);
      return { end: lineStart + marker.index + marker[0].length, body };
    }
    if (line.length === 0 || HEADER_LINE.test(line)) continue;
    if (!BODY_LINE.test(line)) break;
    body += line.replace(/["',\\]/g, '');
    end = lines.ends[index] ?? end;
  }
  return { end, body };
}

/** Real key bodies are long binary base64; placeholders are short, repetitive or encoded text. */
function looksLikeKeyMaterial(body: string): boolean {
  return body.length >= 32 && hasDistinctCharacters(body, 10) && !decodesToText(body);
}
