import {
  getEvidence,
  importEvidence,
  listEvidence,
  openEvidenceBytes,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Evidence of an incident: streamed upload (import), list, one record, raw bytes. */
export function evidenceHandlers(
  ctx: Context,
): Pick<Handlers, 'uploadEvidence' | 'listEvidence' | 'getEvidence' | 'getEvidenceRaw'> {
  return {
    uploadEvidence: ({ principal, params, query, body }) =>
      importEvidence(ctx, principal, params.key, {
        source: body,
        name: query.name,
        format: query.format,
        channel: 'upload',
        ...(query.zone === undefined ? {} : { defaultZone: query.zone }),
      }),
    listEvidence: async ({ principal, params }) => ({
      items: await listEvidence(ctx, principal, params.key),
    }),
    getEvidence: ({ principal, params }) => getEvidence(ctx, principal, params.key, params.id),
    getEvidenceRaw: async ({ principal, params }) => {
      const { evidence, stream } = await openEvidenceBytes(ctx, principal, params.key, params.id);
      return { stream, bytes: evidence.bytes, fileName: evidence.name };
    },
  };
}
