import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { smallBlobLimit } from '@aftermath/core';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

// Every byte value, so a text round trip that mangled binary would show.
const body = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
const address = createHash('sha256').update(body).digest('hex');

describeEachDialect('blobs kept inline', (suite) => {
  it('keeps a small body with the transaction and gives back the same bytes', async () => {
    const store = suite.store();
    const kept = await store.transaction(async (tx) => {
      await tx.settings.set('with-the-body', true);
      return store.blobs.keepSmall(body);
    });
    expect(kept).toEqual({ sha256: address, bytes: 512 });
    expect(await store.blobs.has(address)).toBe(true);
    expect((await readAll(store.blobs.open(address))).equals(body)).toBe(true);
  });

  it('keeps nothing when the transaction rolls back', async () => {
    const store = suite.store();
    const failing = store.transaction(async () => {
      await store.blobs.keepSmall(body);
      throw new Error('the delivery record failed');
    });
    await expect(failing).rejects.toThrow('the delivery record failed');
    expect(await store.blobs.has(address)).toBe(false);
  });

  it('refuses a body of 64 KiB or more, naming the size, and keeps nothing', async () => {
    const store = suite.store();
    const large = Buffer.alloc(smallBlobLimit, 1);
    await expect(store.blobs.keepSmall(large)).rejects.toMatchObject({
      code: 'validation',
      details: [
        {
          path: 'bytes',
          message: `${smallBlobLimit} bytes; keepSmall takes fewer than ${smallBlobLimit} (use put)`,
        },
      ],
    });
    const listed = [];
    for await (const blob of store.blobs.list()) listed.push(blob);
    expect(listed).toEqual([]);
  });

  it('lists inline and folder blobs once each, and deletes either kind', async () => {
    const store = suite.store();
    await store.blobs.keepSmall(body);
    await store.blobs.keepSmall(body);
    const filed = await store.blobs.put(
      Readable.from([Buffer.from('a larger import, in the folder')]),
    );
    const listed = [];
    for await (const blob of store.blobs.list()) listed.push(blob);
    expect(listed.map((blob) => blob.sha256).sort()).toEqual([address, filed.sha256].sort());
    expect(listed.find((blob) => blob.sha256 === address)?.bytes).toBe(512);
    await store.blobs.delete(address);
    await store.blobs.delete(filed.sha256);
    expect(await store.blobs.has(address)).toBe(false);
    expect(await store.blobs.has(filed.sha256)).toBe(false);
  });
});
