import { canonicalJson, readAuditLog, type AuditRecord, type Context } from '@aftermath/core';
import type { Principal } from '@aftermath/domain';
import type { StreamedBytes } from '../send-bytes';

/** Lines are sent in chunks of about this many bytes: few writes, little held at once. */
const chunkBytes = 64 * 1024;

async function* jsonLines(
  first: IteratorResult<AuditRecord>,
  rest: AsyncIterator<AuditRecord>,
): AsyncGenerator<Uint8Array> {
  let pending: string[] = [];
  let size = 0;
  for (let next = first; next.done !== true; next = await rest.next()) {
    const line = `${canonicalJson(next.value)}\n`;
    pending.push(line);
    size += line.length;
    if (size >= chunkBytes) {
      yield Buffer.from(pending.join(''), 'utf8');
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield Buffer.from(pending.join(''), 'utf8');
}

/**
 * The audit log as JSON lines, streamed: records are read a page at a time and sent in chunks as
 * they come (chunked transfer, no length known ahead), so the export never holds the whole log.
 * The first record is read before answering, so a refusal (not an admin) is an error status and
 * not a cut stream.
 */
export async function streamAuditExport(
  ctx: Context,
  principal: Principal,
): Promise<StreamedBytes> {
  const records = readAuditLog(ctx, principal);
  const first = await records.next();
  return {
    stream: jsonLines(first, records),
    bytes: null,
    fileName: 'audit.jsonl',
    contentType: 'application/x-ndjson',
  };
}
