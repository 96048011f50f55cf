import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { openPromise, type Entry, type ZipFile } from 'yauzl';

/** The largest file of an export read into memory (one channel-day, users.json …). */
export const MEMBER_BYTES_MAX = 64 * 1024 * 1024;
/** Files listed from one export; a zip with more is refused (a zip bomb, not an export). */
const MEMBERS_MAX = 500_000;

/**
 * The files of a Slack export, whether a zip or an unpacked folder, by their path inside the
 * export (`channels.json`, `general/2026-11-20.json`). Files are read one at a time: the
 * archive is never held in memory whole.
 */
export interface ExportArchive {
  /** Paths of the files (not folders), `/`-separated. */
  readonly names: readonly string[];
  /** The file's text (UTF-8); throws an {@link ArchiveError} when it cannot be read. */
  readText(name: string): Promise<string>;
  close(): Promise<void>;
}

/** A file of the export could not be listed or read; the message says why. */
export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
}

/**
 * Opens a zip file by path. Only the central directory is read up front; each file is inflated
 * when asked for. Throws an {@link ArchiveError} for a file that is not a readable zip.
 *
 * @example
 * const archive = await openZipArchive('/tmp/export.zip');
 * try { JSON.parse(await archive.readText('users.json')); } finally { await archive.close(); }
 */
export async function openZipArchive(path: string): Promise<ExportArchive> {
  let zip: ZipFile;
  try {
    zip = await openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
  } catch (error) {
    throw new ArchiveError(`not a readable zip file: ${reason(error)}`);
  }
  const entries = new Map<string, Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entries.size >= MEMBERS_MAX) throw new ArchiveError(`more than ${MEMBERS_MAX} files`);
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
    }
  } catch (error) {
    zip.close();
    throw error instanceof ArchiveError ? error : new ArchiveError(`corrupt zip: ${reason(error)}`);
  }
  return {
    names: [...entries.keys()],
    readText: (name) => readZipEntry(zip, entries.get(name), name),
    close: () => Promise.resolve(zip.close()),
  };
}

async function readZipEntry(zip: ZipFile, entry: Entry | undefined, name: string): Promise<string> {
  if (!entry) throw new ArchiveError(`${name} is not in the export`);
  if (entry.uncompressedSize > MEMBER_BYTES_MAX) throw tooLarge(name);
  try {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      // The stated size can lie; yauzl checks it, this bounds memory whatever it says.
      if (size > MEMBER_BYTES_MAX) {
        stream.destroy();
        throw tooLarge(name);
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`${name} could not be unpacked: ${reason(error)}`);
  }
}

/**
 * Opens an unpacked export folder: the files at its top and one level down (channel folders).
 *
 * @example
 * const archive = await openFolderArchive('./slack-export');
 */
export async function openFolderArchive(path: string): Promise<ExportArchive> {
  const names: string[] = [];
  for (const top of await readdir(path, { withFileTypes: true })) {
    if (top.isFile()) names.push(top.name);
    if (!top.isDirectory()) continue;
    for (const inner of await readdir(join(path, top.name), { withFileTypes: true })) {
      if (inner.isFile()) names.push(`${top.name}/${inner.name}`);
      if (names.length > MEMBERS_MAX) throw new ArchiveError(`more than ${MEMBERS_MAX} files`);
    }
  }
  return {
    names,
    async readText(name) {
      const file = join(path, ...name.split('/'));
      try {
        if ((await stat(file)).size > MEMBER_BYTES_MAX) throw tooLarge(name);
        return await readFile(file, 'utf8');
      } catch (error) {
        if (error instanceof ArchiveError) throw error;
        throw new ArchiveError(`${name} could not be read: ${reason(error)}`);
      }
    },
    close: () => Promise.resolve(),
  };
}

function tooLarge(name: string): ArchiveError {
  return new ArchiveError(`${name} is larger than ${MEMBER_BYTES_MAX / 1048576} MiB`);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
