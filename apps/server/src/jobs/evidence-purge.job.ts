import { purgeExpiredEvidence, type Context } from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';

/** The kind of the daily purge of raw evidence past its retention (docs/operations.md). */
export const evidencePurgeKind = 'evidence.purge';

/** Runs `purgeExpiredEvidence` (nothing happens until a retention is set) and logs what went. */
export function createEvidencePurgeHandler(ctx: Context, log: (message: string) => void) {
  return async (): Promise<void> => {
    const report = await purgeExpiredEvidence(ctx, systemPrincipal);
    if (report.purged.length > 0) {
      log(
        `evidence purge: removed ${report.purged.length} raw evidence file(s), ` +
          `${report.bytesFreed} bytes, of incidents closed before ${report.closedBefore}`,
      );
    }
  };
}
