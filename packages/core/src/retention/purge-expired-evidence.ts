import type { Evidence, Incident, Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Store } from '../ports';
import { readEvidenceRetention } from './evidence-retention';

/** One raw evidence file a purge removed (or would remove), with the records that named it. */
export interface PurgedBlob {
  sha256: string;
  bytes: number;
  evidence: { id: string; incidentKey: string; name: string }[];
}

/** What a purge found and did. */
export interface PurgeReport {
  /** The retention applied; null means keep for ever, and nothing is purged. */
  keepDaysAfterClose: number | null;
  /** Incidents closed at or before this instant had their raw evidence purged. */
  closedBefore: string | null;
  purged: PurgedBlob[];
  bytesFreed: number;
  dryRun: boolean;
}

const dayMs = 86_400_000;

async function* everyIncident(store: Store): AsyncGenerator<Incident> {
  for (let offset = 0; ; offset += 500) {
    const page = await store.incidents.list({ limit: 500, offset });
    yield* page.items;
    if (page.items.length < 500) return;
  }
}

/** Evidence of expired incidents by blob, and the blobs any other incident still needs. */
async function sortEvidence(store: Store, cutoff: string) {
  const expired = new Map<string, Evidence[]>();
  const needed = new Set<string>();
  for await (const incident of everyIncident(store)) {
    const closedAt = incident.milestones.closedAt;
    const isExpired = incident.status === 'closed' && closedAt !== null && closedAt <= cutoff;
    for (const evidence of await store.evidence.listByIncident(incident.key)) {
      if (!isExpired) needed.add(evidence.sha256);
      else expired.set(evidence.sha256, [...(expired.get(evidence.sha256) ?? []), evidence]);
    }
  }
  return { expired, needed };
}

/**
 * Removes the raw evidence files of incidents closed more than the retention's days ago. Timeline
 * entries and evidence records stay (they say what the file was); a file another, younger incident
 * also imported stays. Idempotent: a file already gone is skipped. Runs daily as a job, or by hand
 * with `aftermath purge`.
 */
export async function purgeExpiredEvidence(
  ctx: Context,
  principal: Principal,
  options: { dryRun?: boolean } = {},
): Promise<PurgeReport> {
  authorize(principal, 'workspace.admin');
  const dryRun = options.dryRun === true;
  const { keepDaysAfterClose } = await readEvidenceRetention(ctx.store);
  const report: PurgeReport = {
    keepDaysAfterClose,
    closedBefore: null,
    purged: [],
    bytesFreed: 0,
    dryRun,
  };
  if (keepDaysAfterClose === null) return report;
  report.closedBefore = new Date(ctx.clock().getTime() - keepDaysAfterClose * dayMs).toISOString();
  const { expired, needed } = await sortEvidence(ctx.store, report.closedBefore);
  for (const [sha256, records] of [...expired].sort(([a], [b]) => a.localeCompare(b))) {
    if (needed.has(sha256) || !(await ctx.store.blobs.has(sha256))) continue;
    if (!dryRun) await ctx.store.blobs.delete(sha256);
    const bytes = records[0]?.bytes ?? 0;
    report.purged.push({
      sha256,
      bytes,
      evidence: records.map(({ id, incidentKey, name }) => ({ id, incidentKey, name })),
    });
    report.bytesFreed += bytes;
  }
  return report;
}
