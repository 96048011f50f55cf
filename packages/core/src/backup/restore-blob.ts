import type { BlobStore } from '../ports';
import { invalidArchive } from './archive-format';

/** A parsed line of a backup and its number. */
export interface Line {
  line: number;
  value: unknown;
}

/**
 * Stores the blob whose first chunk is `first` from the consecutive `{blob, data}` lines with the
 * same hash, checks the stored bytes hash to that name, and returns the line after the blob.
 */
export async function restoreBlob(
  blobs: BlobStore,
  first: Line,
  lines: AsyncIterator<Line>,
): Promise<IteratorResult<Line>> {
  const sha = (first.value as { blob: string }).blob;
  let after: IteratorResult<Line> | undefined;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let line = first;
    for (;;) {
      const { data } = line.value as { data?: unknown };
      if (typeof data !== 'string') throw invalidArchive(line.line, 'a blob chunk without data');
      yield Buffer.from(data, 'base64');
      const next = await lines.next();
      if (next.done === true || (next.value.value as { blob?: unknown }).blob !== sha) {
        after = next;
        return;
      }
      line = next.value;
    }
  }
  const stored = await blobs.put(chunks());
  if (stored.sha256 !== sha) {
    throw invalidArchive(
      first.line,
      `blob ${sha} holds bytes that hash to ${stored.sha256}: damaged`,
    );
  }
  return after ?? { done: true, value: undefined };
}
