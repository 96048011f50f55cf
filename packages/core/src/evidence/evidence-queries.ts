import {
  DomainError,
  notFound,
  type Evidence,
  type IncidentKey,
  type Principal,
} from '@aftermath/domain';
import type { Context } from '../context';
import { getIncident } from '../incidents';

/** The incident's evidence records, in the order they arrived. */
export async function listEvidence(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<Evidence[]> {
  await getIncident(ctx, principal, key);
  return ctx.store.evidence.listByIncident(key);
}

/** One evidence record of the incident, or `not_found`. */
export async function getEvidence(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  id: string,
): Promise<Evidence> {
  await getIncident(ctx, principal, key);
  const evidence = await ctx.store.evidence.get(id);
  if (evidence === null || evidence.incidentKey !== key) throw notFound('evidence', `${key}/${id}`);
  return evidence;
}

/**
 * The raw bytes of an evidence record as they arrived (gzip stays gzip), streamed from the blob
 * store. `not_found` when the record is unknown or its blob is missing (a blob folder that was not
 * shared between replicas, or lost).
 */
export async function openEvidenceBytes(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  id: string,
): Promise<{ evidence: Evidence; stream: AsyncIterable<Uint8Array> }> {
  const evidence = await getEvidence(ctx, principal, key, id);
  if (!(await ctx.store.blobs.has(evidence.sha256))) {
    throw new DomainError(
      'not_found',
      `The raw bytes of evidence ${id} (sha256 ${evidence.sha256}) are not in the blob store`,
    );
  }
  return { evidence, stream: ctx.store.blobs.open(evidence.sha256) };
}
