import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createFolderBlobStore } from '@aftermath/storage';
import { describeEachDialect } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anEvidence, anIncident } from './factories';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('folder blob store: listing and removal', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'aftermath-blob-gc-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lists stored blobs with size and time, skipping partial and foreign files', async () => {
    const blobs = createFolderBlobStore(root);
    await blobs.put(Readable.from([Buffer.from('first')]));
    await blobs.put(Readable.from([Buffer.from('second!')]));
    await mkdir(join(root, 'tmp'), { recursive: true });
    await writeFile(join(root, 'tmp', 'x.partial'), 'half');
    await writeFile(join(root, 'notes.txt'), 'not a blob');
    const listed = [];
    for await (const blob of blobs.list()) listed.push(blob);
    expect(listed.map((blob) => [blob.sha256, blob.bytes]).sort()).toEqual(
      [
        [sha256('first'), 5],
        [sha256('second!'), 7],
      ].sort(),
    );
    expect(listed[0]?.storedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
  });

  it('removes a blob, and removing it again is no error', async () => {
    const blobs = createFolderBlobStore(root);
    const { sha256: address } = await blobs.put(Readable.from([Buffer.from('gone soon')]));
    await blobs.delete(address);
    await blobs.delete(address);
    expect(await blobs.has(address)).toBe(false);
  });
});

describeEachDialect('blob references', (suite) => {
  it('says a blob is referenced while an evidence record points at it', async () => {
    const store = suite.store();
    await store.incidents.insert(anIncident());
    const referenced = 'a'.repeat(64);
    await store.evidence.insert(anEvidence({ sha256: referenced }));
    expect(await store.blobReferences.isReferenced(referenced)).toBe(true);
    expect(await store.blobReferences.isReferenced('b'.repeat(64))).toBe(false);
  });
});
