import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DomainError } from '@aftermath/domain';
import type { ArchiveRow, TableCounts } from './archive-port';

// A backup is gzip'd JSON lines: one header, every row (parents first), the raw evidence blobs
// in base64 chunks, and an end record with the counts, so a truncated file is noticed.

/** What the file says about itself; `migrations` name the schema its rows follow. */
export interface ArchiveHeader {
  format: 'aftermath-backup';
  version: 1;
  createdAt: string;
  backend: string;
  migrations: string[];
}

/** One line of a backup after the header. */
export type ArchiveRecord =
  | { t: string; r: ArchiveRow }
  | { blob: string; data: string }
  | { end: true; tables: TableCounts; blobs: number };

/** The archive format's version this build writes and reads. */
export const archiveVersion = 1;

/** An error about the backup file itself: exit 2 in the CLI, naming the line. */
export function invalidArchive(line: number, message: string): DomainError {
  const path = `backup line ${line}`;
  return new DomainError('validation', `${path}: ${message}`, [{ path, message }]);
}

function parseLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidArchive(line, 'not JSON: the file is damaged or not an Aftermath backup');
  }
}

/** The gunzipped, parsed lines of a backup, numbered from 1. */
export async function* readArchiveLines(
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<{ line: number; value: unknown }> {
  const gunzip = Readable.from(source).pipe(createGunzip());
  const failed = new Promise<never>((_, reject) =>
    gunzip.once('error', (error) =>
      reject(invalidArchive(0, `not a gzip'd Aftermath backup (${error.message})`)),
    ),
  );
  failed.catch(() => undefined);
  const lines = createInterface({ input: gunzip, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let line = 0;
  for (;;) {
    const next = await Promise.race([lines.next(), failed]);
    if (next.done === true) return;
    line += 1;
    if (next.value.trim() !== '') yield { line, value: parseLine(next.value, line) };
  }
}

/** Checks the first line is a header this build can read. */
export function readHeader(value: unknown): ArchiveHeader {
  const header = value as Partial<ArchiveHeader> | null;
  if (header?.format !== 'aftermath-backup') {
    throw invalidArchive(1, 'no Aftermath backup header: this is not an Aftermath backup');
  }
  if (header.version !== archiveVersion || !Array.isArray(header.migrations)) {
    throw invalidArchive(
      1,
      `backup format version ${String(header.version)} is not readable by this build ` +
        `(it reads version ${archiveVersion}); upgrade Aftermath`,
    );
  }
  return header as ArchiveHeader;
}
