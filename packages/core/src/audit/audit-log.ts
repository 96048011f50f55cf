import type { Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';
import { checkAuditChain, genesisHash, type AuditBreak } from './audit-chain';
import type { AuditFilter, AuditRecord } from './audit.ports';

const PAGE = 500;

/** Audit records after `after` (a seq), oldest first, filtered (see AuditFilter); workspace admins only. */
export async function listAuditRecords(
  ctx: Context,
  principal: Principal,
  filter: AuditFilter,
): Promise<AuditRecord[]> {
  authorize(principal, 'workspace.admin');
  return ctx.store.audit.list(filter);
}

/** Every audit record, oldest first, a page at a time (export); workspace admins only. */
export async function* readAuditLog(
  ctx: Context,
  principal: Principal,
): AsyncGenerator<AuditRecord> {
  authorize(principal, 'workspace.admin');
  yield* pagesOf(ctx.store);
}

async function* pagesOf(repos: Pick<Repositories, 'audit'>): AsyncGenerator<AuditRecord> {
  for (let after = 0; ;) {
    const page = await repos.audit.list({ after, limit: PAGE });
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]?.seq ?? after;
  }
}

/** What `verifyAuditLog` found: how many records hold, and the first that does not. */
export interface AuditVerification {
  ok: boolean;
  records: number;
  broken: AuditBreak | null;
}

/**
 * Recomputes the hash chain from the first record: any edited, removed or reordered record
 * breaks it, and the first such record is reported. Workspace admins only.
 */
export async function verifyAuditLog(
  ctx: Context,
  principal: Principal,
): Promise<AuditVerification> {
  authorize(principal, 'workspace.admin');
  let last = { hash: genesisHash, seq: 0 };
  let records = 0;
  const page: AuditRecord[] = [];
  const check = () => {
    const result = checkAuditChain(page, last);
    records += page.length;
    page.length = 0;
    last = result.last;
    return result.broken;
  };
  for await (const record of pagesOf(ctx.store)) {
    page.push(record);
    if (page.length < PAGE) continue;
    const broken = check();
    if (broken !== null) return { ok: false, records: broken.seq - 1, broken };
  }
  const broken = check();
  if (broken !== null) return { ok: false, records: broken.seq - 1, broken };
  return { ok: true, records, broken: null };
}
