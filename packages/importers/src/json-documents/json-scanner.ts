import { Buffer } from 'node:buffer';
import type { EvidenceProblem } from '@aftermath/domain';
import type { JsonDocument, JsonPosition, JsonReadEvent } from './json-document.types';
import { appendPointer, parentPointer } from './json-pointer';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const SPACE = 0x20;
/** Containers whose children get recorded positions: the root and its direct children. */
const TRACKED_DEPTH = 2;
const KEY_BYTES_MAX = 1024;

/** A scanner event: a document, a problem, or text between documents that is not JSON. */
export type ScanEvent = JsonReadEvent | { type: 'text'; problem: EvidenceProblem };

interface Frame {
  isArray: boolean;
  pointer: string;
  index: number;
  key: string | null;
  expectingKey: boolean;
  awaitingValue: boolean;
}

/**
 * Splits a byte stream into top-level JSON documents without parsing them byte by byte: it
 * tracks strings and nesting to find where each document ends, records where the values two
 * levels deep start (so `/alerts/2` maps to a line), then hands each document to `JSON.parse`.
 * Memory is bounded by the largest document (`maxDocumentBytes`), not by the input.
 */
export class JsonScanner {
  private line = 1;
  /** Byte offset of the current chunk's first byte, and the index being scanned in it. */
  private chunkStart = 0;
  private index = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private keyBytes: number[] | null = null;
  private frames: Frame[] = [];
  private positions = new Map<string, JsonPosition>();
  private docStart: JsonPosition = { line: 1, byteOffset: 0 };
  private docParts: Uint8Array[] = [];
  private docBytes = 0;
  private docTooLarge = false;
  private documents = 0;
  private junk: { from: number; to: number; found: string } | null = null;
  private inJunkLine = false;
  private events: ScanEvent[] = [];

  constructor(private readonly maxDocumentBytes: number) {}

  /** Scans one chunk; returns the documents and problems completed by it. */
  push(chunk: Uint8Array): ScanEvent[] {
    let partStart = 0;
    for (let i = 0; i < chunk.length; i += 1) {
      if (this.inString && this.keyBytes === null && !this.escaped) {
        i = this.skipStringBody(chunk, i);
        if (i >= chunk.length) break;
      }
      const byte = chunk[i] as number;
      // Indentation is most of a pretty-printed file: skip it without a call.
      if (byte === SPACE && !this.inString) continue;
      this.index = i;
      if (this.depth === 0) {
        if (this.scanBetweenDocuments(byte)) partStart = i;
      } else if (this.scanInDocument(byte)) {
        this.keepPart(chunk.subarray(partStart, i + 1));
        this.finishDocument();
      }
      if (byte === NEWLINE) this.line += 1;
    }
    if (this.depth > 0) this.keepPart(chunk.subarray(partStart));
    this.chunkStart += chunk.length;
    return this.drain();
  }

  /**
   * Inside a string value, runs to the next quote or backslash (or the end of the chunk) in a
   * tight loop and returns its index. Raw newlines are invalid in JSON strings but are still
   * counted so later line numbers stay right.
   */
  private skipStringBody(chunk: Uint8Array, from: number): number {
    let i = from;
    for (; i < chunk.length; i += 1) {
      const byte = chunk[i];
      if (byte === QUOTE || byte === BACKSLASH) break;
      if (byte === NEWLINE) this.line += 1;
    }
    return i;
  }

  /** Ends the input; returns what is left (an unfinished document becomes a problem). */
  end(): ScanEvent[] {
    this.flushJunk();
    if (this.depth > 0) {
      this.problem(
        `the JSON document starting at line ${this.docStart.line} ends before it is complete ` +
          '(is the file cut short?)',
      );
    }
    return this.drain();
  }

  /** How many documents parsed so far. */
  get parsedDocuments(): number {
    return this.documents;
  }

  private drain(): ScanEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  /** Between documents: whitespace, the start of one, or text that is not JSON. */
  private scanBetweenDocuments(byte: number): boolean {
    if (this.inJunkLine) {
      if (byte === NEWLINE) this.inJunkLine = false;
      return false;
    }
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      this.startDocument(byte === OPEN_ARRAY);
      return true;
    }
    if (isWhitespace(byte) || (this.chunkStart + this.index < 3 && isByteOrderMark(byte)))
      return false;
    this.inJunkLine = true;
    if (this.junk) this.junk.to = this.line;
    else this.junk = { from: this.line, to: this.line, found: describeByte(byte) };
    return false;
  }

  /** Inside a document: returns true when the byte closed the document. */
  private scanInDocument(byte: number): boolean {
    if (this.inString) {
      this.scanString(byte);
      return false;
    }
    const frame = this.depth <= TRACKED_DEPTH ? this.frames[this.depth - 1] : undefined;
    switch (byte) {
      case QUOTE:
        this.inString = true;
        if (frame && !frame.isArray && frame.expectingKey) {
          frame.expectingKey = false;
          this.keyBytes = [];
        } else if (frame) this.startValue(frame);
        return false;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        if (frame) this.startValue(frame);
        this.openContainer(byte === OPEN_ARRAY);
        return false;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        if (this.depth <= TRACKED_DEPTH) this.frames.pop();
        this.depth -= 1;
        return this.depth === 0;
      case COLON:
        if (frame && !frame.isArray) frame.awaitingValue = true;
        return false;
      case COMMA:
        if (frame?.isArray) {
          frame.index += 1;
          frame.awaitingValue = true;
        } else if (frame) frame.expectingKey = true;
        return false;
      default:
        if (frame && !isWhitespace(byte)) this.startValue(frame);
        return false;
    }
  }

  private scanString(byte: number): void {
    if (this.escaped) this.escaped = false;
    else if (byte === BACKSLASH) this.escaped = true;
    else if (byte === QUOTE) {
      this.inString = false;
      if (this.keyBytes) this.finishKey();
      return;
    }
    if (this.keyBytes && this.keyBytes.length < KEY_BYTES_MAX) this.keyBytes.push(byte);
  }

  private finishKey(): void {
    const frame = this.frames[this.depth - 1];
    const raw = Buffer.from(this.keyBytes ?? []).toString('utf8');
    this.keyBytes = null;
    if (!frame) return;
    try {
      frame.key = JSON.parse(`"${raw}"`) as string;
    } catch {
      frame.key = raw;
    }
  }

  private startValue(frame: Frame): void {
    if (!frame.awaitingValue) return;
    frame.awaitingValue = false;
    const token = frame.isArray ? frame.index : (frame.key ?? '');
    this.positions.set(appendPointer(frame.pointer, token), this.position());
  }

  private openContainer(isArray: boolean): void {
    this.depth += 1;
    if (this.depth > TRACKED_DEPTH) return;
    const parent = this.frames[this.depth - 2];
    let pointer = '';
    if (parent)
      pointer = appendPointer(parent.pointer, parent.isArray ? parent.index : (parent.key ?? ''));
    this.frames.push({
      isArray,
      pointer,
      index: 0,
      key: null,
      expectingKey: !isArray,
      awaitingValue: isArray,
    });
  }

  private startDocument(isArray: boolean): void {
    this.flushJunk();
    this.docStart = this.position();
    this.positions = new Map([['', this.docStart]]);
    this.docParts = [];
    this.docBytes = 0;
    this.docTooLarge = false;
    this.frames = [];
    this.openContainer(isArray);
  }

  private keepPart(part: Uint8Array): void {
    if (this.docTooLarge || part.length === 0) return;
    this.docBytes += part.length;
    if (this.docBytes > this.maxDocumentBytes) {
      this.docTooLarge = true;
      this.docParts = [];
      return;
    }
    // The chunk's buffer may be reused by the source, so keep a copy.
    this.docParts.push(Uint8Array.prototype.slice.call(part));
  }

  private finishDocument(): void {
    this.frames = [];
    if (this.docTooLarge) {
      const limit = Math.round(this.maxDocumentBytes / 1048576);
      this.problem(`the JSON document at line ${this.docStart.line} is larger than ${limit} MiB`);
      return;
    }
    const text = Buffer.concat(this.docParts).toString('utf8');
    this.docParts = [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.problem(
        `the document starting at line ${this.docStart.line} is not valid JSON: ${reason}`,
      );
      return;
    }
    this.events.push({ type: 'document', document: this.createDocument(value) });
  }

  private createDocument(value: unknown): JsonDocument {
    const positions = this.positions;
    const start = this.docStart;
    const index = this.documents;
    this.documents += 1;
    return {
      value,
      index,
      start,
      locate(pointer: string): JsonPosition {
        for (let p: string | null = pointer; p !== null; p = parentPointer(p)) {
          const found = positions.get(p);
          if (found) return found;
        }
        return start;
      },
    };
  }

  private flushJunk(): void {
    if (!this.junk) return;
    const { from, to, found } = this.junk;
    const where = from === to ? `line ${from}` : `lines ${from}–${to}`;
    this.junk = null;
    const message = `${where}: expected a JSON object or array, found ${found}`;
    this.events.push({ type: 'text', problem: { line: from, jsonPointer: null, message } });
  }

  private problem(message: string, line = this.docStart.line): void {
    this.events.push({ type: 'problem', problem: { line, jsonPointer: null, message } });
  }

  private position(): JsonPosition {
    return { line: this.line, byteOffset: this.chunkStart + this.index };
  }
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function isByteOrderMark(byte: number): boolean {
  return byte === 0xef || byte === 0xbb || byte === 0xbf;
}

function describeByte(byte: number): string {
  if (byte >= 0x21 && byte <= 0x7e) return `'${String.fromCharCode(byte)}'`;
  return `byte 0x${byte.toString(16).padStart(2, '0')}`;
}
