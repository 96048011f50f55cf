import type { ByteSource } from '../importer';
import { gunzipIfNeeded } from '../json-documents/gunzip-if-needed';

/** One line of text evidence and where it starts. */
export interface TextLine {
  text: string;
  /** 1-based line number. */
  line: number;
  /** 0-based byte offset of the line's first byte. */
  byteOffset: number;
  /** True when the line was longer than the limit and `text` holds only its start. */
  cut: boolean;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Bytes of one line kept; the rest of a longer line is skipped (and the line flagged). */
export const LINE_BYTES_MAX = 64 * 1024;

/**
 * Splits text evidence into lines (LF or CRLF), decoding each as UTF-8, with its line number and
 * byte offset. Gzip is decompressed. Memory stays within one line of at most 64 KiB whatever
 * the input size. A leading byte-order mark is dropped.
 *
 * @example
 * for await (const { text, line } of readLines(source)) parse(text, line);
 */
export async function* readLines(source: ByteSource): AsyncGenerator<TextLine> {
  const decoder = new TextDecoder('utf-8');
  let parts: Uint8Array[] = [];
  let kept = 0;
  let cut = false;
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  const finish = (): TextLine => {
    const bytes = concat(parts, kept);
    const end =
      !cut && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
    let text = decoder.decode(bytes.subarray(0, end));
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const result = { text, line, byteOffset: lineStart, cut };
    parts = [];
    kept = 0;
    cut = false;
    return result;
  };
  for await (const chunk of gunzipIfNeeded(source)) {
    let start = 0;
    for (let index = chunk.indexOf(NEWLINE); index >= 0; index = chunk.indexOf(NEWLINE, start)) {
      keep(chunk.subarray(start, index));
      yield finish();
      line += 1;
      lineStart = offset + index + 1;
      start = index + 1;
    }
    keep(chunk.subarray(start));
    offset += chunk.length;
  }
  if (kept > 0 || cut) yield finish();

  function keep(part: Uint8Array): void {
    const room = LINE_BYTES_MAX - kept;
    if (part.length > room) cut = true;
    const taken = part.length > room ? part.subarray(0, room) : part;
    if (taken.length === 0) return;
    // The chunk's buffer may be reused by the source, so keep a copy.
    parts.push(taken.slice());
    kept += taken.length;
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
