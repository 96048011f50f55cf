import type { BlobReferenceRepository } from '@aftermath/core';
import type { Scope } from '../scope';

/** Which blobs records still point at: evidence records and webhook deliveries. */
export function createBlobReferenceRepository(scope: Scope): BlobReferenceRepository {
  return {
    async isReferenced(sha256) {
      const db = scope.executor();
      const evidence = await db
        .selectFrom('evidence')
        .select('id')
        .where('sha256', '=', sha256)
        .limit(1)
        .executeTakeFirst();
      if (evidence !== undefined) return true;
      const delivery = await db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('sha256', '=', sha256)
        .limit(1)
        .executeTakeFirst();
      return delivery !== undefined;
    },
  };
}
