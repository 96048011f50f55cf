import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { EvidenceProblem } from '@aftermath/domain';
import type { ByteSource } from '../importer';

/**
 * The bytes of `source`, decompressed when they start with the gzip magic number (`1f 8b`), so
 * `events.json.gz` reads like `events.json`. Corrupt gzip data throws a {@link GzipError};
 * errors of the source itself pass through unchanged.
 *
 * @example
 * for await (const chunk of gunzipIfNeeded(source)) scan(chunk);
 */
export async function* gunzipIfNeeded(source: ByteSource): AsyncGenerator<Uint8Array> {
  const iterator = source()[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  async function* all() {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  if (!(first.value[0] === 0x1f && first.value[1] === 0x8b)) {
    yield* all();
    return;
  }
  yield* gunzip(all());
}

async function* gunzip(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let sourceError: unknown = null;
  const input = Readable.from(compressed, { objectMode: false });
  const output = createGunzip();
  input.on('error', (error) => {
    sourceError = error;
    output.destroy(error);
  });
  input.pipe(output);
  try {
    for await (const chunk of output) yield chunk as Uint8Array;
  } catch (error) {
    if (sourceError instanceof Error) throw sourceError;
    throw new GzipError(error instanceof Error ? error.message : String(error));
  } finally {
    input.destroy();
    output.destroy();
  }
}

/** The evidence looked like gzip but could not be decompressed. */
export class GzipError extends Error {
  override readonly name = 'GzipError';
}

/**
 * The problem an import reports for evidence whose gzip data is corrupt or cut short.
 *
 * @example
 * corruptGzipProblem(new GzipError('unexpected end of file')).message;
 * // 'the gzip data is corrupt (unexpected end of file)'
 */
export function corruptGzipProblem(error: GzipError): EvidenceProblem {
  return { line: null, jsonPointer: null, message: `the gzip data is corrupt (${error.message})` };
}
