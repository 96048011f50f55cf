import { DomainError, type Evidence, type IncidentKey, type Principal } from '@aftermath/domain';
import type { Context } from '../context';
import { gunzipStream, isGzip, peekStream } from './byte-streams';
import { openEvidenceBytes } from './evidence-queries';

/** Where to look in a piece of evidence and how much around it to show. */
export interface ExcerptRequest {
  /** 1-based line number of the target line. */
  line?: number | undefined;
  /** Byte offset (in the decompressed bytes) inside the target line; wins over `line`. */
  byteOffset?: number | undefined;
  /** Lines to show before and after the target (defaults 3 and 12, at most 200 each). */
  before?: number | undefined;
  after?: number | undefined;
}

/** One line of an excerpt, cut at {@link maxExcerptLineBytes}. */
export interface ExcerptLine {
  number: number;
  byteOffset: number;
  text: string;
  /** True when the line was longer than shown. */
  cut: boolean;
  target: boolean;
}

/** A bounded window of an evidence's bytes around one line, for people to read. */
export interface EvidenceExcerpt {
  evidence: Evidence;
  lines: ExcerptLine[];
  /** True when the evidence continues after the last line shown. */
  more: boolean;
}

/** Longest part of one line an excerpt shows, in bytes. */
export const maxExcerptLineBytes = 4096;
const maxContextLines = 200;

interface LineCursor {
  number: number;
  start: number;
  parts: Uint8Array[];
  kept: number;
  cut: boolean;
}

function finishLine(cursor: LineCursor, isTarget: boolean): ExcerptLine {
  const text = Buffer.concat(cursor.parts).toString('utf8').replace(/\r$/, '');
  return {
    number: cursor.number,
    byteOffset: cursor.start,
    text,
    cut: cursor.cut,
    target: isTarget,
  };
}

function keep(cursor: LineCursor, bytes: Uint8Array): void {
  const room = maxExcerptLineBytes - cursor.kept;
  if (bytes.byteLength > room) cursor.cut = true;
  const part = bytes.subarray(0, Math.max(0, room));
  if (part.byteLength > 0) cursor.parts.push(part);
  cursor.kept += part.byteLength;
}

async function* decompressed(ev: Evidence, raw: AsyncIterable<Uint8Array>) {
  const peeked = await peekStream(raw, 2);
  yield* isGzip(peeked.head) ? gunzipStream(peeked.rest, ev.name) : peeked.rest;
}

/**
 * Reads a window of lines around a line number or byte offset of an evidence's raw bytes (gzip
 * decompressed), streaming: it stops as soon as the window is complete and keeps at most
 * `before + after + 1` lines of at most {@link maxExcerptLineBytes} each, so a huge blob is never
 * loaded. Without line and offset the window starts at line 1. A target past the end is a
 * `validation` error saying how long the evidence is.
 */
export async function readEvidenceExcerpt(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  id: string,
  request: ExcerptRequest,
): Promise<EvidenceExcerpt> {
  const before = Math.min(request.before ?? 3, maxContextLines);
  const after = Math.min(request.after ?? 12, maxContextLines);
  const { evidence, stream } = await openEvidenceBytes(ctx, principal, key, id);
  const isTarget = (cursor: LineCursor, end: number) =>
    request.byteOffset !== undefined
      ? request.byteOffset >= cursor.start && request.byteOffset <= end
      : cursor.number === (request.line ?? 1);
  const lines: ExcerptLine[] = [];
  let found = -1;
  let cursor: LineCursor = { number: 1, start: 0, parts: [], kept: 0, cut: false };
  let position = 0;
  const close = (end: number): boolean => {
    const line = finishLine(cursor, found < 0 && isTarget(cursor, end));
    if (line.target) found = lines.length;
    lines.push(line);
    if (found < 0 && lines.length > before) lines.shift();
    cursor = { number: cursor.number + 1, start: end + 1, parts: [], kept: 0, cut: false };
    return found >= 0 && lines.length - 1 - found >= after;
  };
  for await (const chunk of decompressed(evidence, stream)) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
      keep(cursor, chunk.subarray(from, nl));
      from = nl + 1;
      if (close(position + nl)) return { evidence, lines, more: true };
    }
    keep(cursor, chunk.subarray(from));
    position += chunk.byteLength;
  }
  if (cursor.kept > 0 || cursor.cut) close(position);
  if (found < 0) throw pastTheEnd(request, cursor.number - 1, position);
  return { evidence, lines, more: false };
}

function pastTheEnd(request: ExcerptRequest, lines: number, bytes: number): DomainError {
  const [path, what] =
    request.byteOffset !== undefined
      ? ['byteOffset', `byte ${request.byteOffset}`]
      : ['line', `line ${request.line ?? 1}`];
  return new DomainError(
    'validation',
    `${path}: ${what} is past the end of the evidence (${lines} lines, ${bytes} bytes)`,
    [{ path, message: 'past the end of the evidence' }],
  );
}
