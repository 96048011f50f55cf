import { DomainError } from '@aftermath/domain';

function tooLarge(limit: number, size: string): DomainError {
  const message = `the body is ${size}; webhooks accept at most ${limit} bytes (bodyLimitBytes in the webhook routing settings)`;
  return new DomainError('payload_too_large', `Webhook body too large: ${message}`, [
    { path: 'body', message },
  ]);
}

/**
 * Reads a webhook body whole (signatures cover every byte) but never more than `limit` bytes:
 * a declared `Content-Length` above it is refused before reading, and a body that grows past it
 * while streaming is refused as soon as it does.
 */
export async function readLimitedBody(
  stream: AsyncIterable<Uint8Array>,
  limit: number,
  declaredLength: number | null,
): Promise<Buffer> {
  if (declaredLength !== null && declaredLength > limit) {
    throw tooLarge(limit, `${declaredLength} bytes (Content-Length)`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge(limit, `more than ${limit} bytes`);
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return Buffer.concat(chunks, size);
}

/**
 * A body already in memory as the byte stream importers and the blob store read: one chunk, the
 * buffer itself (no copy, no stream machinery; every delivery reads its body twice this way).
 */
export function streamOnce(body: Buffer): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      let given = false;
      return {
        next(): Promise<IteratorResult<Uint8Array>> {
          if (given) return Promise.resolve({ done: true, value: undefined });
          given = true;
          return Promise.resolve({ done: false, value: body });
        },
      };
    },
  };
}
