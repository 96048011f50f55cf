import { Buffer } from 'node:buffer';
import { DomainError } from '@aftermath/domain';

/** A place in the (decompressed) bytes: 0-based byte offset and 1-based line. */
export interface BytePosition {
  byteOffset: number;
  line: number;
}

/** Where a pointed value lies: `end` is the position just after its last byte. */
export interface PointedRange {
  start: BytePosition;
  end: BytePosition;
}

/**
 * Which top-level document of JSON lines (or concatenated JSON) the pointer is relative to: the
 * one holding this byte offset or line (importers store the position of the pointed value's
 * nearest recorded ancestor). Without a hint the first document is meant.
 */
export interface DocumentHint {
  byteOffset?: number | undefined;
  line?: number | undefined;
}

const KEY_BYTES_MAX = 1024;

interface Frame {
  isArray: boolean;
  index: number;
  key: string | null;
  expectingKey: boolean;
  awaitingValue: boolean;
}

/** RFC 6901 reference tokens of a pointer; `''` is the whole document. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new DomainError('validation', `pointer: "${pointer}" does not start with "/"`, [
      { path: 'pointer', message: 'a JSON pointer starts with "/" (or is empty)' },
    ]);
  }
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * A streaming JSON tokenizer that follows one pointer. It keeps only the frames on the pointer's
 * path (plus a depth counter and at most one key of {@link KEY_BYTES_MAX} bytes), so memory stays
 * flat whatever the document's size, and it stops as soon as the pointed value is closed and
 * known to sit in the hinted document.
 */
class PointerTokenizer {
  private line = 1;
  private offset = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private keyBytes: number[] | null = null;
  private frames: Frame[] = [];
  private docStart: BytePosition | null = null;
  private start: BytePosition | null = null;
  private kind: 'container' | 'string' | 'literal' | null = null;
  private closeDepth = -1;
  private found: PointedRange | null = null;
  private missing = false;
  result: PointedRange | null = null;
  done = false;

  constructor(
    private readonly tokens: string[],
    private readonly hint: DocumentHint,
  ) {}

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length && !this.done; i += 1) {
      if (this.inString && !this.escaped && this.keyBytes === null) {
        i = this.skipStringBody(chunk, i);
        if (i >= chunk.length) break;
      }
      this.scan(chunk[i] as number);
      if (chunk[i] === 0x0a) this.line += 1;
      this.offset += 1;
    }
  }

  /**
   * Inside a string value (most of the bytes of real payloads), runs to the next quote or
   * backslash without a call per byte; returns its index.
   */
  private skipStringBody(chunk: Uint8Array, from: number): number {
    let i = from;
    for (; i < chunk.length; i += 1) {
      const byte = chunk[i];
      if (byte === 0x22 || byte === 0x5c) break;
      if (byte === 0x0a) this.line += 1;
    }
    this.offset += i - from;
    return i;
  }

  end(): void {
    if (this.kind === 'literal') this.finishValue(this.offset);
    if (this.found && this.depth === 0) this.result = this.found;
    this.done = true;
  }

  private here(offset = this.offset): BytePosition {
    return { byteOffset: offset, line: this.line };
  }

  private scan(byte: number): void {
    if (this.inString) return this.scanString(byte);
    if (this.kind === 'literal' && isDelimiter(byte)) this.finishValue(this.offset);
    const top =
      (this.depth > 0 && this.depth === this.frames.length ? this.frames.at(-1) : null) ?? null;
    switch (byte) {
      case 0x22: // "
        this.inString = true;
        if (top && !top.isArray && top.expectingKey) {
          top.expectingKey = false;
          this.keyBytes = [];
        } else if (top) this.startValue(top, 'string');
        return;
      case 0x7b: // {
      case 0x5b: // [
        if (this.depth === 0) this.startDocument();
        else if (top) this.startValue(top, 'container');
        this.openContainer(byte === 0x5b, top);
        return;
      case 0x7d: // }
      case 0x5d: // ]
        return this.closeContainer();
      case 0x3a: // :
        if (top && !top.isArray) top.awaitingValue = true;
        return;
      case 0x2c: // ,
        if (top?.isArray) {
          top.index += 1;
          top.awaitingValue = true;
        } else if (top) top.expectingKey = true;
        return;
      default:
        if (top && !isWhitespace(byte)) this.startValue(top, 'literal');
    }
  }

  private scanString(byte: number): void {
    if (this.escaped) this.escaped = false;
    else if (byte === 0x5c) this.escaped = true;
    else if (byte === 0x22) {
      this.inString = false;
      if (this.keyBytes) this.finishKey();
      else if (this.kind === 'string' && this.depth === this.closeDepth)
        this.finishValue(this.offset + 1);
      return;
    }
    if (this.keyBytes && this.keyBytes.length < KEY_BYTES_MAX) this.keyBytes.push(byte);
  }

  private finishKey(): void {
    const raw = Buffer.from(this.keyBytes ?? []).toString('utf8');
    this.keyBytes = null;
    const top = this.frames.at(-1);
    if (!top) return;
    try {
      top.key = JSON.parse(`"${raw}"`) as string;
    } catch {
      top.key = raw;
    }
  }

  private startDocument(): void {
    this.docStart = this.here();
    this.frames = [];
    this.found = null;
    this.missing = false;
    if (this.tokens.length === 0) this.beginValue('container');
  }

  private startValue(frame: Frame, kind: 'container' | 'string' | 'literal'): void {
    if (!frame.awaitingValue) return;
    frame.awaitingValue = false;
    if (this.found || this.missing || this.start) return;
    const level = this.frames.length - 1;
    const token = frame.isArray ? String(frame.index) : (frame.key ?? '');
    if (token !== this.tokens[level]) return;
    if (level + 1 === this.tokens.length) this.beginValue(kind);
    else if (kind !== 'container') this.missing = true;
  }

  private beginValue(kind: 'container' | 'string' | 'literal'): void {
    this.start = this.here();
    this.kind = kind;
    this.closeDepth = this.depth;
  }

  private openContainer(isArray: boolean, top: Frame | null): void {
    const onPath =
      this.depth === 0 ||
      (top !== null && this.start === null && !this.missing && this.found === null);
    this.depth += 1;
    if (!onPath || this.frames.length >= this.tokens.length) return;
    if (this.depth > 1 && !this.pathContinues(top)) return;
    this.frames.push({
      isArray,
      index: 0,
      key: null,
      expectingKey: !isArray,
      awaitingValue: isArray,
    });
  }

  /** True when the container just opened is the value of the pointer's next token. */
  private pathContinues(top: Frame | null): boolean {
    if (!top) return false;
    const token = top.isArray ? String(top.index) : (top.key ?? '');
    return token === this.tokens[this.frames.length - 1];
  }

  private closeContainer(): void {
    if (this.depth === this.frames.length) {
      this.frames.pop();
      if (!this.found && !this.start) this.missing = true;
    }
    this.depth -= 1;
    if (this.kind === 'container' && this.depth === this.closeDepth)
      this.finishValue(this.offset + 1);
    if (this.depth === 0) this.finishDocument();
  }

  private finishValue(endOffset: number): void {
    if (!this.start) return;
    this.found = { start: this.start, end: this.here(endOffset) };
    this.start = null;
    this.kind = null;
    if (this.isHintedDocument(this.found.end)) {
      this.result = this.found;
      this.done = true;
    }
  }

  private finishDocument(): void {
    const end = this.here(this.offset + 1);
    if (!this.isHintedDocument(end)) return;
    this.result = this.found;
    this.done = true;
  }

  /** True when a document reaching `end` holds the hinted place (the first one without hint). */
  private isHintedDocument(end: BytePosition): boolean {
    if (this.hint.byteOffset !== undefined) return end.byteOffset > this.hint.byteOffset;
    if (this.hint.line !== undefined) return end.line >= this.hint.line;
    return this.docStart !== null;
  }
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function isDelimiter(byte: number): boolean {
  return isWhitespace(byte) || byte === 0x2c || byte === 0x5d || byte === 0x7d;
}

/**
 * Where the value a JSON pointer names starts and ends in a stream of JSON (one document, JSON
 * lines or concatenated documents; the pointer is relative to the document the hint falls in).
 * Reads only up to the end of that value; null when the pointer names nothing there.
 *
 * @example
 * await locateJsonPointer(blobStream, '/alerts/1/labels', { byteOffset: 412 });
 * // { start: { byteOffset: 530, line: 24 }, end: { byteOffset: 702, line: 30 } }
 */
export async function locateJsonPointer(
  stream: AsyncIterable<Uint8Array>,
  pointer: string,
  hint: DocumentHint = {},
): Promise<PointedRange | null> {
  const tokenizer = new PointerTokenizer(parsePointer(pointer), hint);
  for await (const chunk of stream) {
    tokenizer.push(chunk);
    if (tokenizer.done) return tokenizer.result;
  }
  tokenizer.end();
  return tokenizer.result;
}
