import { DomainError, type Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { ListedBlob } from '../ports';

/** Options of {@link collectBlobGarbage}. */
export interface BlobGarbageOptions {
  /**
   * Blobs younger than this many seconds are kept even when nothing points at them yet: an import
   * stores its bytes before it writes the evidence record, and may still be running. Default 3600.
   */
  minAgeSeconds?: number;
  /** Report what would be removed without removing it. */
  dryRun?: boolean;
}

/** What a garbage collection found and did. */
export interface BlobGarbageReport {
  /** Blobs no record points at and old enough to go (removed unless `dryRun`). */
  removed: ListedBlob[];
  bytesFreed: number;
  /** Blobs still pointed at, or too young to judge. */
  kept: number;
  dryRun: boolean;
}

/**
 * Removes raw blobs that no evidence record or webhook delivery points at: what a failed or
 * refused import stored before it stopped. Only blobs older than `minAgeSeconds` go, so an
 * import in flight (its bytes stored, its record not yet written) is never robbed of its blob,
 * and each blob is checked again right before it is removed.
 */
export async function collectBlobGarbage(
  ctx: Context,
  principal: Principal,
  options: BlobGarbageOptions = {},
): Promise<BlobGarbageReport> {
  authorize(principal, 'workspace.admin');
  const minAgeSeconds = options.minAgeSeconds ?? 3600;
  if (!Number.isInteger(minAgeSeconds) || minAgeSeconds < 0) {
    throw new DomainError('validation', 'minAgeSeconds: expected a whole number of seconds ≥ 0', [
      { path: 'minAgeSeconds', message: 'expected a whole number ≥ 0' },
    ]);
  }
  const cutoff = new Date(ctx.clock().getTime() - minAgeSeconds * 1000).toISOString();
  const report: BlobGarbageReport = {
    removed: [],
    bytesFreed: 0,
    kept: 0,
    dryRun: !!options.dryRun,
  };
  for await (const blob of ctx.store.blobs.list()) {
    const orphan =
      blob.storedAt <= cutoff && !(await ctx.store.blobReferences.isReferenced(blob.sha256));
    if (!orphan) {
      report.kept += 1;
      continue;
    }
    if (!report.dryRun) await ctx.store.blobs.delete(blob.sha256);
    report.removed.push(blob);
    report.bytesFreed += blob.bytes;
  }
  return report;
}
