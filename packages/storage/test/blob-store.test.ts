import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createFolderBlobStore } from '@aftermath/storage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

function chunksOf(...parts: string[]): AsyncIterable<Uint8Array> {
  return Readable.from(parts.map((part) => Buffer.from(part)));
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('folder blob store', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'aftermath-blob-test-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores a stream under its SHA-256 in two fan-out folders and streams it back', async () => {
    const blobs = createFolderBlobStore(root);
    const stored = await blobs.put(chunksOf('line one\n', 'line two\n'));
    const hash = sha256('line one\nline two\n');
    expect(stored).toEqual({ sha256: hash, bytes: 18 });
    expect(await readdir(join(root, hash.slice(0, 2), hash.slice(2, 4)))).toEqual([hash]);
    expect(await blobs.has(hash)).toBe(true);
    expect(await readAll(blobs.open(hash))).toBe('line one\nline two\n');
  });

  it('keeps one copy when the same bytes arrive twice', async () => {
    const blobs = createFolderBlobStore(root);
    const first = await blobs.put(chunksOf('same'));
    const second = await blobs.put(chunksOf('sa', 'me'));
    expect(second).toEqual(first);
    expect(await readAll(blobs.open(first.sha256))).toBe('same');
  });

  it('leaves nothing behind when the stream fails half-way', async () => {
    const blobs = createFolderBlobStore(root);
    async function* failing(): AsyncIterable<Uint8Array> {
      yield Buffer.from('partial');
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('connection reset');
    }
    await expect(blobs.put(failing())).rejects.toThrow('connection reset');
    expect(await blobs.has(sha256('partial'))).toBe(false);
    expect(await readdir(root)).toEqual(['tmp']);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('answers not_found for a missing blob and refuses an address that is not a hash', async () => {
    const blobs = createFolderBlobStore(root);
    await expect(readAll(blobs.open('0'.repeat(64)))).rejects.toMatchObject({ code: 'not_found' });
    expect(await blobs.has('0'.repeat(64))).toBe(false);
    await expect(readAll(blobs.open('../../etc/passwd'))).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
