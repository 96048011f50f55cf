import { DomainError, type Evidence, type IncidentKey, type Principal } from '@aftermath/domain';
import { ArchiveError, readExportMember } from '@aftermath/importers';
import type { Context } from '../context';
import { gunzipStream, isGzip, peekStream } from './byte-streams';
import { getEvidence, openEvidenceBytes } from './evidence-queries';
import { readLineWindow, type ExcerptLine } from './excerpt-window';
import { locateJsonPointer, parsePointer, type PointedRange } from './locate-json-pointer';

export { maxExcerptLineBytes, type ExcerptLine, type LineMark } from './excerpt-window';

/** Where to look in a piece of evidence and how much around it to show. */
export interface ExcerptRequest {
  /** 1-based line number of the target line. */
  line?: number | undefined;
  /** Byte offset (in the decompressed bytes) inside the target line; wins over `line`. */
  byteOffset?: number | undefined;
  /**
   * JSON pointer of the value to show (RFC 6901), relative to the document `byteOffset`/`line`
   * fall in (JSON lines); for a Slack export its first token is the file inside the export. Wins
   * over both as the target; the value's range is marked.
   */
  pointer?: string | undefined;
  /** Lines to show before and after the target (defaults 3 and 12, at most 200 each). */
  before?: number | undefined;
  after?: number | undefined;
}

/** The value a pointer named: where it starts and ends, and the file of an export it is in. */
export interface PointedValue {
  pointer: string;
  /** The file inside a Slack export the lines come from; null for other evidence. */
  file: string | null;
  startLine: number;
  endLine: number;
  startByte: number;
  endByte: number;
}

/** A bounded window of an evidence's bytes around one line, for people to read. */
export interface EvidenceExcerpt {
  evidence: Evidence;
  lines: ExcerptLine[];
  /** True when the evidence continues after the last line shown. */
  more: boolean;
  /** Set when the excerpt was asked by JSON pointer. */
  pointed: PointedValue | null;
}

const maxContextLines = 200;

async function* decompressed(ev: Evidence, raw: AsyncIterable<Uint8Array>) {
  const peeked = await peekStream(raw, 2);
  yield* isGzip(peeked.head) ? gunzipStream(peeked.rest, ev.name) : peeked.rest;
}

/**
 * Reads a window of lines around a line number, byte offset or JSON pointer of an evidence's raw
 * bytes (gzip decompressed), streaming: it stops as soon as the window is complete, so a huge blob
 * is never loaded. A pointer is resolved first by a streaming tokenizer (a second pass then reads
 * the window), and the lines of the pointed value are marked. A target past the end, or a pointer
 * that names nothing, is a `validation` error.
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
  const open = async () => {
    const { evidence, stream } = await openEvidenceBytes(ctx, principal, key, id);
    return { evidence, bytes: decompressed(evidence, stream) };
  };
  if (request.pointer === undefined) {
    const { evidence, bytes } = await open();
    const { line, byteOffset } = request;
    const window = await readLineWindow(bytes, { line, byteOffset, before, after });
    return { evidence, ...window, pointed: null };
  }
  const pointer = request.pointer;
  const place = splitExportPointer(pointer, await getEvidence(ctx, principal, key, id));
  const first = await open();
  const range = await locateJsonPointer(place.select(first.bytes), place.inner, request);
  if (range === null) throw pointerNotFound(pointer, request);
  const second = await open();
  const window = await readLineWindow(place.select(second.bytes), {
    line: undefined,
    byteOffset: range.start.byteOffset,
    before,
    after: Math.min(Math.max(after, range.end.line - range.start.line + 2), maxContextLines),
    mark: { start: range.start.byteOffset, end: range.end.byteOffset },
  });
  return { evidence: second.evidence, ...window, pointed: describe(pointer, place.file, range) };
}

interface PointerPlace {
  file: string | null;
  inner: string;
  select(bytes: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
}

/** A Slack export's pointers start with the file inside the export; others are the whole blob. */
function splitExportPointer(pointer: string, evidence: Evidence): PointerPlace {
  const tokens = parsePointer(pointer);
  if (evidence.format !== 'slack' || tokens.length === 0) {
    return { file: null, inner: pointer, select: (bytes) => bytes };
  }
  const file = tokens[0] ?? '';
  const inner = pointer.slice(
    pointer.indexOf('/', 1) === -1 ? pointer.length : pointer.indexOf('/', 1),
  );
  return { file, inner, select: (bytes) => memberBytes(bytes, file) };
}

async function* memberBytes(bytes: AsyncIterable<Uint8Array>, file: string) {
  try {
    yield* readExportMember(bytes, file);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    throw new DomainError('validation', `pointer: ${error.message}`, [
      { path: 'pointer', message: 'names a file that is not in the export' },
    ]);
  }
}

function describe(pointer: string, file: string | null, range: PointedRange): PointedValue {
  return {
    pointer,
    file,
    startLine: range.start.line,
    endLine: range.end.line,
    startByte: range.start.byteOffset,
    endByte: range.end.byteOffset,
  };
}

function pointerNotFound(pointer: string, request: ExcerptRequest): DomainError {
  const where =
    request.byteOffset !== undefined
      ? ` in the document at byte ${request.byteOffset}`
      : request.line !== undefined
        ? ` in the document at line ${request.line}`
        : '';
  return new DomainError('validation', `pointer: ${pointer} names no value${where}`, [
    { path: 'pointer', message: 'names no value in the evidence' },
  ]);
}
