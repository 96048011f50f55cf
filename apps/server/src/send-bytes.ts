import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * A streamed response: the bytes, their size (null when not known ahead: sent chunked), and the
 * file name a download should get.
 */
export interface StreamedBytes {
  stream: AsyncIterable<Uint8Array>;
  bytes: number | null;
  fileName: string;
  /** Defaults to `application/octet-stream`. */
  contentType?: string;
}

/** `attachment` with the last path segment, ASCII-safe plus the RFC 5987 UTF-8 form. */
export function contentDisposition(name: string): string {
  const base = name.split(/[\\/]/).pop() || 'evidence';
  const ascii = base.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(base)}`;
}

/** Streams bytes to the client without holding them in memory. */
export function sendBytes(reply: FastifyReply, status: number, data: StreamedBytes) {
  if (data.bytes !== null) reply.header('content-length', String(data.bytes));
  return reply
    .code(status)
    .header('content-type', data.contentType ?? 'application/octet-stream')
    .header('content-disposition', contentDisposition(data.fileName))
    .header('x-content-type-options', 'nosniff')
    .send(Readable.from(data.stream));
}
