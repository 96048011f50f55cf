/** Called for every line: its text (without `\n` / `\r\n`), 1-based number and byte offset. */
export type LineHandler = (text: string, line: number, byteOffset: number) => void;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Bytes of one line kept; the rest of a longer line is dropped so memory stays bounded. */
export const LOG_LINE_BYTES_MAX = 64 * 1024;

/**
 * Splits a byte stream into lines chunk by chunk, calling a handler synchronously for each line
 * (no per-line promise, which keeps it near the speed of a bare loop). Only the unfinished last
 * line of a chunk is held between chunks, capped at 64 KiB. Lines are decoded as UTF-8 with
 * invalid bytes replaced by U+FFFD; a trailing `\r` and a leading byte-order mark are dropped.
 *
 * @example
 * const splitter = new LineSplitter();
 * splitter.push(chunk, (text, line, byteOffset) => parse(text, line, byteOffset));
 * splitter.end(handler); // the last line when the input does not end with a newline
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private kept = 0;
  private line = 1;
  private lineStart = 0;
  private offset = 0;

  /** Lines seen so far. */
  get lines(): number {
    return this.line - 1;
  }

  /** Bytes seen so far. */
  get bytes(): number {
    return this.offset;
  }

  push(chunk: Uint8Array, onLine: LineHandler): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      if (this.kept === 0 && end - start <= LOG_LINE_BYTES_MAX) {
        this.emit(decode(bytes, start, end), onLine);
      } else {
        this.keep(bytes, start, end);
        this.emit(this.takeKept(), onLine);
      }
      this.lineStart = this.offset + end + 1;
      start = end + 1;
    }
    this.keep(bytes, start, bytes.length);
    this.offset += bytes.length;
  }

  /** Emits the last line when the input did not end with a newline. */
  end(onLine: LineHandler): void {
    if (this.kept > 0) this.emit(this.takeKept(), onLine);
  }

  private emit(text: string, onLine: LineHandler): void {
    const clean = this.line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    onLine(clean, this.line, this.lineStart);
    this.line += 1;
  }

  private keep(bytes: Buffer, start: number, end: number): void {
    const taken = Math.min(end - start, LOG_LINE_BYTES_MAX - this.kept);
    if (taken <= 0) return;
    // The source may reuse its buffer, so keep a copy.
    this.parts.push(Buffer.from(bytes.subarray(start, start + taken)));
    this.kept += taken;
  }

  private takeKept(): string {
    const joined = Buffer.concat(this.parts, this.kept);
    this.parts = [];
    this.kept = 0;
    return decode(joined, 0, joined.length);
  }
}

function decode(bytes: Buffer, start: number, end: number): string {
  const last = end > start && bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
  return bytes.toString('utf8', start, last);
}
