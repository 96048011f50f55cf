import { actionLifecycle, type ActionItem, type ActionVerification } from '@aftermath/domain';
import type { Context } from '../context';
import type { Repositories } from '../ports';
import { evaluateCriteria } from './evaluate-criteria';
import { notifyVerification } from './verification-notifications';

/** What one run of the verification check did, by action id. */
export interface VerificationCheckReport {
  checked: number;
  verified: string[];
  reopened: string[];
}

/**
 * When the current check window starts: when the action was (last) marked done. A done action
 * whose verification is not `holding` was just done, or done again after a reopen.
 */
function windowStart(verification: ActionVerification, action: ActionItem): string {
  const restart = action.status === 'done' && verification.state !== 'holding';
  if (restart || verification.since === null) return action.updatedAt;
  return verification.since;
}

async function moveAction(
  tx: Repositories,
  action: ActionItem,
  to: 'open' | 'verified',
  at: string,
): Promise<ActionItem> {
  actionLifecycle.assertTransition(action.status, to);
  const next: ActionItem = { ...action, status: to, updatedAt: at, version: action.version + 1 };
  await tx.actions.update(next, action.version);
  return next;
}

/** Checks one action and applies the outcome in one transaction (skipped when it changed meanwhile). */
async function checkOne(
  ctx: Context,
  verification: ActionVerification,
  action: ActionItem,
  report: VerificationCheckReport,
): Promise<void> {
  const since = windowStart(verification, action);
  const now = ctx.clock();
  const outcome = await evaluateCriteria(ctx.store, verification.criteria, {
    since: new Date(since),
    now,
    createdAt: action.createdAt,
  });
  await ctx.store.transaction(async (tx) => {
    const current = await tx.actions.get(action.id);
    if (current?.version !== action.version) return; // edited meanwhile: the next run sees it
    const at = now.toISOString();
    const base = { ...verification, since, checkedAt: at, detail: outcome.detail, updatedAt: at };
    if (outcome.verdict === 'broken') {
      const reopened = await moveAction(tx, current, 'open', at);
      const next = { ...base, state: 'broken' as const, since: null, evidence: outcome.evidence };
      await tx.actionVerifications.save(next);
      await notifyVerification(ctx, 'action_reopened', reopened, next);
      report.reopened.push(action.id);
      return;
    }
    if (outcome.verdict === 'met') {
      const next = { ...base, state: 'met' as const, evidence: outcome.evidence };
      await tx.actionVerifications.save(next);
      if (current.status === 'done') {
        const verified = await moveAction(tx, current, 'verified', at);
        await notifyVerification(ctx, 'action_verified', verified, next);
        report.verified.push(action.id);
      }
      return;
    }
    await tx.actionVerifications.save({ ...base, state: 'holding', evidence: [] });
  });
}

/**
 * The scheduled verification check: every done or verified action with measurable criteria is
 * checked against the evidence since it was done. A condition that holds long enough moves
 * done → verified; one that breaks reopens the action (done or verified → open) and records the
 * evidence that broke it on the verification. Both are notified (`action_verified`,
 * `action_reopened`). Sign-off criteria wait for their person. Each action is one transaction.
 */
export async function checkActionVerifications(ctx: Context): Promise<VerificationCheckReport> {
  const report: VerificationCheckReport = { checked: 0, verified: [], reopened: [] };
  const rows = await ctx.store.actionVerifications.listByActionStatus(['done', 'verified']);
  for (const { verification, action } of rows) {
    if (verification.criteria.kind === 'sign_off') continue;
    report.checked += 1;
    await checkOne(ctx, verification, action, report);
  }
  return report;
}
