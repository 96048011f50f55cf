import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openPromise } from 'yauzl';
import { ArchiveError } from './export-archive';

const BLOCK = 512;

/**
 * The bytes of one file of a stored Slack export, streamed: a zip (copied to a temporary file
 * and read through its central directory, as the importer reads it) or the ustar archive an
 * unpacked folder is kept as (read block by block). Evidence pointers of Slack entries start with
 * this file's path (`/general~12026-11-20.json/3`). Throws an {@link ArchiveError} naming the file
 * when it is not in the export.
 *
 * @example
 * for await (const chunk of readExportMember(blobStream, 'general/2026-11-20.json')) …
 */
export async function* readExportMember(
  source: AsyncIterable<Uint8Array>,
  name: string,
): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  for (let next = await iterator.next(); ; next = await iterator.next()) {
    if (next.done === true) break;
    seen.push(next.value);
    size += next.value.length;
    if (size >= BLOCK) break;
  }
  const head = Buffer.concat(seen);
  async function* rest() {
    yield* seen;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next())
      yield next.value;
  }
  if (head[0] === 0x50 && head[1] === 0x4b) yield* readZipMember(rest(), name);
  else if (Buffer.from(head.subarray(257, 262)).toString('latin1') === 'ustar')
    yield* readTarMember(rest(), name);
  else throw new ArchiveError('the stored Slack export is neither a zip nor a tar archive');
}

async function* readZipMember(source: AsyncIterable<Uint8Array>, name: string) {
  const folder = await mkdtemp(join(tmpdir(), 'aftermath-slack-member-'));
  try {
    const file = join(folder, 'export.zip');
    await pipeline(Readable.from(source), createWriteStream(file));
    const zip = await openPromise(file, { lazyEntries: true, autoClose: false });
    try {
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName !== name) continue;
        yield* (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>;
        return;
      }
      throw new ArchiveError(`${name} is not in the export`);
    } finally {
      zip.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

interface TarHeader {
  name: string;
  size: number;
}

function readTarHeader(block: Buffer): TarHeader | null {
  if (block.every((byte) => byte === 0)) return null;
  const field = (from: number, length: number) =>
    block.toString('utf8', from, from + length).replace(/\0.*$/s, '');
  const prefix = field(345, 155);
  const short = field(0, 100);
  return {
    name: prefix === '' ? short : `${prefix}/${short}`,
    size: Number.parseInt(field(124, 12).trim() || '0', 8),
  };
}

/** Walks the tar's blocks without keeping more than one chunk and one header. */
async function* readTarMember(source: AsyncIterable<Uint8Array>, name: string) {
  let pending = Buffer.alloc(0);
  let skip = 0;
  let emit = 0;
  for await (const chunk of source) {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      if (emit > 0) {
        const part = pending.subarray(0, Math.min(emit, pending.length));
        emit -= part.length;
        pending = pending.subarray(part.length);
        if (part.length > 0) yield part;
        if (emit === 0) return;
        break;
      }
      if (skip > 0) {
        const dropped = Math.min(skip, pending.length);
        skip -= dropped;
        pending = pending.subarray(dropped);
        if (skip > 0) break;
      }
      if (pending.length < BLOCK) break;
      const header = readTarHeader(pending.subarray(0, BLOCK));
      pending = pending.subarray(BLOCK);
      if (header === null) break;
      if (header.name === name) {
        if (header.size === 0) return;
        emit = header.size;
      } else skip = Math.ceil(header.size / BLOCK) * BLOCK;
    }
  }
  throw new ArchiveError(`${name} is not in the export`);
}
