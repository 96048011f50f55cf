import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { BlobStore, ListedBlob, StoredBlob } from '@aftermath/core';
import { DomainError, notFound } from '@aftermath/domain';

const sha256Shape = /^[0-9a-f]{64}$/;

/** `<root>/ab/cd/<sha256>`: two levels of fan-out keep folders small at millions of blobs. */
function blobPath(root: string, sha256: string): string {
  if (!sha256Shape.test(sha256)) {
    throw new DomainError('validation', `Not a blob address: expected 64 hex digits`, [
      { path: 'sha256', message: 'expected 64 lower-case hex digits' },
    ]);
  }
  return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** Runs `work` on `path`, making the path's folder first when `work` finds it missing. */
async function inFolderOf<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isMissing(error)) throw error;
    await mkdir(dirname(path), { recursive: true });
    return work();
  }
}

/**
 * Copies `stream` to a new `file` through one handle, hashing and counting on the way, and syncs
 * it: on disk before it gets its final name, so a crash after the rename finds the whole blob.
 * The folders are made only when missing: a webhook storm puts thousands of small blobs.
 */
async function writeHashed(stream: AsyncIterable<Uint8Array>, file: string): Promise<StoredBlob> {
  const hash = createHash('sha256');
  let bytes = 0;
  const handle = await inFolderOf(file, () => open(file, 'wx'));
  try {
    for await (const chunk of stream) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      // A write may take fewer bytes than offered; the rest follows.
      for (let done = 0; done < chunk.byteLength;) {
        done += (await handle.write(chunk, done)).bytesWritten;
      }
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function entriesOf(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => []);
  return names.sort();
}

/** Walks `<root>/ab/cd/<sha256>`, skipping `tmp/` and anything that is not a blob address. */
async function* listBlobs(root: string): AsyncGenerator<ListedBlob> {
  for (const first of await entriesOf(root)) {
    if (!/^[0-9a-f]{2}$/.test(first)) continue;
    for (const second of await entriesOf(join(root, first))) {
      for (const name of await entriesOf(join(root, first, second))) {
        if (!sha256Shape.test(name) || !name.startsWith(first + second)) continue;
        const info = await stat(join(root, first, second, name)).catch(() => null);
        if (info?.isFile()) {
          yield { sha256: name, bytes: info.size, storedAt: info.mtime.toISOString() };
        }
      }
    }
  }
}

/**
 * Blobs in a folder, addressed by SHA-256. A blob is streamed to `<root>/tmp/` and renamed to its
 * address only when complete, so a crash never leaves a half blob under its final name.
 *
 * @example
 * const blobs = createFolderBlobStore('./data/blobs');
 * const { sha256 } = await blobs.put(createReadStream('app.log'));
 */
export function createFolderBlobStore(folder: string): BlobStore {
  const root = resolve(folder);
  const store: BlobStore = {
    async put(stream) {
      const partial = join(root, 'tmp', `${randomUUID()}.partial`);
      try {
        const stored = await writeHashed(stream, partial);
        const target = blobPath(root, stored.sha256);
        await inFolderOf(target, () => rename(partial, target));
        return stored;
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async *open(sha256) {
      const path = blobPath(root, sha256);
      const found = await stat(path).catch(() => null);
      if (found === null || !found.isFile()) throw notFound('blob', sha256);
      yield* createReadStream(path, { highWaterMark: 1024 * 1024 });
    },
    async has(sha256) {
      const found = await stat(blobPath(root, sha256)).catch(() => null);
      return found !== null && found.isFile();
    },
    list: () => listBlobs(root),
    async delete(sha256) {
      await rm(blobPath(root, sha256), { force: true });
    },
    // A folder alone has no transaction to join: the bytes are written (and synced) at once.
    keepSmall: (bytes) => store.put(Readable.from([bytes])),
  };
  return store;
}
