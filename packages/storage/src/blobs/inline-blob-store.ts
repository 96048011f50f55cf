import { createHash } from 'node:crypto';
import { smallBlobLimit, type BlobStore, type ListedBlob } from '@aftermath/core';
import { DomainError } from '@aftermath/domain';
import type { Scope } from '../scope';

function tooLarge(bytes: number): DomainError {
  const message = `${bytes} bytes; keepSmall takes fewer than ${smallBlobLimit} (use put)`;
  return new DomainError('validation', `Blob too large to keep inline: ${message}`, [
    { path: 'bytes', message },
  ]);
}

/**
 * The store's blobs: `keepSmall` bodies in the database's `inline_blobs` table, through `scope`
 * (so inside a transaction they commit or roll back with it), everything else in `folder`.
 * Reads look in the table first, then the folder; `list` and `delete` cover both, so garbage
 * collection, retention and backups see one blob store.
 */
export function withInlineBlobs(folder: BlobStore, scope: Scope): BlobStore {
  const findRow = (sha256: string) =>
    scope
      .executor()
      .selectFrom('inline_blobs')
      .select(['content_base64'])
      .where('sha256', '=', sha256)
      .executeTakeFirst();
  return {
    put: (stream) => folder.put(stream),
    async *open(sha256) {
      const row = await findRow(sha256);
      if (row === undefined) yield* folder.open(sha256);
      else yield Buffer.from(row.content_base64, 'base64');
    },
    async has(sha256) {
      return (await findRow(sha256)) !== undefined || folder.has(sha256);
    },
    async *list(): AsyncIterable<ListedBlob> {
      yield* folder.list();
      const rows = await scope
        .executor()
        .selectFrom('inline_blobs')
        .select(['sha256', 'bytes', 'stored_at'])
        .orderBy('sha256')
        .execute();
      for (const row of rows) {
        // A body kept inline that the folder also holds (stored there before) is listed once.
        if (await folder.has(row.sha256)) continue;
        yield { sha256: row.sha256, bytes: Number(row.bytes), storedAt: row.stored_at };
      }
    },
    async delete(sha256) {
      await scope.executor().deleteFrom('inline_blobs').where('sha256', '=', sha256).execute();
      await folder.delete(sha256);
    },
    async keepSmall(bytes) {
      if (bytes.byteLength >= smallBlobLimit) throw tooLarge(bytes.byteLength);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      await scope
        .executor()
        .insertInto('inline_blobs')
        .values({
          sha256,
          content_base64: content.toString('base64'),
          bytes: bytes.byteLength,
          stored_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      return { sha256, bytes: bytes.byteLength };
    },
  };
}
