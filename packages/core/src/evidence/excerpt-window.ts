import { Buffer } from 'node:buffer';
import { DomainError } from '@aftermath/domain';

/** Longest part of one line an excerpt shows, in bytes. */
export const maxExcerptLineBytes = 4096;

/** Characters of a line's shown text that belong to the pointed value (`to` exclusive). */
export interface LineMark {
  from: number;
  to: number;
}

/** One line of an excerpt, cut at {@link maxExcerptLineBytes}. */
export interface ExcerptLine {
  number: number;
  byteOffset: number;
  text: string;
  /** True when the line was longer than shown. */
  cut: boolean;
  target: boolean;
  /** The part of the line inside the pointed value, when the excerpt was asked by pointer. */
  mark: LineMark | null;
}

/** What to find in the bytes: a line or byte offset, the context, and a byte range to mark. */
export interface WindowTarget {
  line: number | undefined;
  byteOffset: number | undefined;
  before: number;
  after: number;
  /** Byte range `[start, end)` to mark on the lines it covers. */
  mark?: { start: number; end: number } | undefined;
}

interface LineCursor {
  number: number;
  start: number;
  parts: Uint8Array[];
  kept: number;
  cut: boolean;
}

function markOf(bytes: Buffer, lineStart: number, range: WindowTarget['mark']): LineMark | null {
  if (!range) return null;
  const lineEnd = lineStart + bytes.length;
  if (range.end <= lineStart || range.start > lineEnd || range.start >= range.end) return null;
  const chars = (to: number) => bytes.subarray(0, Math.max(0, to - lineStart)).toString('utf8');
  // A value's continuation lines are marked from their first non-blank character.
  const from =
    range.start <= lineStart ? bytes.toString('utf8').search(/\S|$/) : chars(range.start).length;
  const to = chars(Math.min(range.end, lineEnd)).replace(/\r$/, '').length;
  return to > from ? { from, to } : null;
}

function finishLine(cursor: LineCursor, isTarget: boolean, target: WindowTarget): ExcerptLine {
  const bytes = Buffer.concat(cursor.parts);
  return {
    number: cursor.number,
    byteOffset: cursor.start,
    text: bytes.toString('utf8').replace(/\r$/, ''),
    cut: cursor.cut,
    target: isTarget,
    mark: markOf(bytes, cursor.start, target.mark),
  };
}

function keep(cursor: LineCursor, bytes: Uint8Array): void {
  const room = maxExcerptLineBytes - cursor.kept;
  if (bytes.byteLength > room) cursor.cut = true;
  const part = bytes.subarray(0, Math.max(0, room));
  if (part.byteLength > 0) cursor.parts.push(part);
  cursor.kept += part.byteLength;
}

/**
 * A window of lines around a line number or byte offset of a byte stream, read until the window
 * is complete: at most `before + after + 1` lines of at most {@link maxExcerptLineBytes} each are
 * kept. Without line and offset the window starts at line 1. A target past the end is a
 * `validation` error saying how long the bytes are.
 */
export async function readLineWindow(
  bytes: AsyncIterable<Uint8Array>,
  target: WindowTarget,
): Promise<{ lines: ExcerptLine[]; more: boolean }> {
  const isTarget = (cursor: LineCursor, end: number) =>
    target.byteOffset !== undefined
      ? target.byteOffset >= cursor.start && target.byteOffset <= end
      : cursor.number === (target.line ?? 1);
  const lines: ExcerptLine[] = [];
  let found = -1;
  let cursor: LineCursor = { number: 1, start: 0, parts: [], kept: 0, cut: false };
  let position = 0;
  const close = (end: number): boolean => {
    const line = finishLine(cursor, found < 0 && isTarget(cursor, end), target);
    if (line.target) found = lines.length;
    lines.push(line);
    if (found < 0 && lines.length > target.before) lines.shift();
    cursor = { number: cursor.number + 1, start: end + 1, parts: [], kept: 0, cut: false };
    return found >= 0 && lines.length - 1 - found >= target.after;
  };
  for await (const chunk of bytes) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
      keep(cursor, chunk.subarray(from, nl));
      from = nl + 1;
      if (close(position + nl)) return { lines, more: true };
    }
    keep(cursor, chunk.subarray(from));
    position += chunk.byteLength;
  }
  if (cursor.kept > 0 || cursor.cut) close(position);
  if (found < 0) throw pastTheEnd(target, cursor.number - 1, position);
  return { lines, more: false };
}

function pastTheEnd(target: WindowTarget, lines: number, bytes: number): DomainError {
  const [path, what] =
    target.byteOffset !== undefined
      ? ['byteOffset', `byte ${target.byteOffset}`]
      : ['line', `line ${target.line ?? 1}`];
  return new DomainError(
    'validation',
    `${path}: ${what} is past the end of the evidence (${lines} lines, ${bytes} bytes)`,
    [{ path, message: 'past the end of the evidence' }],
  );
}
