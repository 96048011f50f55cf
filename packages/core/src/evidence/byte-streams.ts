import { pipeline, Readable } from 'node:stream';
import { constants, createGunzip } from 'node:zlib';
import { DomainError } from '@aftermath/domain';

/** The first bytes of a one-shot stream, and the whole stream (head included) to read on. */
export interface PeekedStream {
  head: Uint8Array;
  /** Every byte of the source when it ended within the peek (a small upload), else null. */
  whole: Uint8Array | null;
  /** Every byte of the source, from the start; iterate it at most once. */
  rest: AsyncIterable<Uint8Array>;
  /** Releases the source when `rest` will not be read. */
  close(): Promise<void>;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks);
}

/** Reads at least `size` bytes (or all, when shorter) without losing them for the real read. */
export async function peekStream(
  source: AsyncIterable<Uint8Array>,
  size: number,
): Promise<PeekedStream> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  while (total < size) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    total += next.value.byteLength;
  }
  async function* rest(): AsyncIterable<Uint8Array> {
    yield* chunks;
    if (ended) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      yield next.value;
    }
  }
  const all = concat(chunks);
  return {
    head: all.subarray(0, size),
    whole: ended ? all : null,
    rest: rest(),
    async close() {
      if (!ended) await iterator.return?.();
    },
  };
}

/** True when the bytes start with the gzip magic number (1f 8b). */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Decompresses the start of a gzip stream, up to `limit` bytes of output. The input may be cut
 * anywhere: a sync flush returns what its bytes hold instead of failing at the cut.
 */
export async function gunzipHead(raw: Uint8Array, limit: number, name: string) {
  const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
  gunzip.end(raw);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size >= limit) break;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError('validation', `${name}: starts like gzip but is not (${reason})`, [
      { path: 'source', message: 'not valid gzip' },
    ]);
  }
  return concat(chunks).subarray(0, limit);
}

function isZlibError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('Z_');
}

/**
 * The decompressed bytes of a gzip stream (several concatenated members included). Corrupt or
 * truncated gzip is a `validation` error naming the evidence.
 */
export async function* gunzipStream(
  source: AsyncIterable<Uint8Array>,
  name: string,
): AsyncIterable<Uint8Array> {
  // The callback form destroys every stage when one fails or the reader stops early; the error
  // itself reaches the reader through the returned stream.
  const output = pipeline(Readable.from(source), createGunzip(), () => undefined);
  try {
    yield* output as AsyncIterable<Buffer>;
  } catch (error) {
    if (!isZlibError(error)) throw error;
    throw new DomainError('validation', `${name}: corrupt gzip (${error.message})`, [
      { path: 'source', message: 'corrupt gzip' },
    ]);
  }
}
