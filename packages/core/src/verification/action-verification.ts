import {
  DomainError,
  notFound,
  type ActionItem,
  type ActionVerification,
  type Principal,
  type VerificationCriteria,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';
import { actingUsername } from '../review/acting-user';
import { checkActionVerifications, type VerificationCheckReport } from './check-verifications';
import { describeCriteria, notifyVerification } from './verification-notifications';

/** The action, after checking the principal may write to its incident. */
async function writableAction(
  ctx: Context,
  tx: Repositories,
  principal: Principal,
  id: string,
): Promise<ActionItem> {
  const action = await tx.actions.get(id);
  if (!action) throw notFound('action item', id);
  const incident = await getIncident(ctx, principal, action.incidentKey, tx);
  authorize(principal, 'action.write', incident);
  return action;
}

/** What a new verification says before its first check. */
function describeStart(criteria: VerificationCriteria, watching: boolean): string {
  if (criteria.kind === 'sign_off') {
    return watching
      ? `Waiting for ${criteria.person} to sign off.`
      : `${criteria.person} signs it off once it is done.`;
  }
  return watching
    ? `Checking ${describeCriteria(criteria)} from now on.`
    : `Checked once the action is done: ${describeCriteria(criteria)}.`;
}

/** An action's verification criteria and state; `not_found` when none were set. */
export async function getActionVerification(
  ctx: Context,
  principal: Principal,
  id: string,
): Promise<ActionVerification> {
  const action = await ctx.store.actions.get(id);
  if (!action) throw notFound('action item', id);
  await getIncident(ctx, principal, action.incidentKey);
  const verification = await ctx.store.actionVerifications.get(id);
  if (!verification) throw notFound('verification of action', id);
  return verification;
}

/**
 * Sets (or replaces) how an action is verified. The check starts over: a done or verified
 * action is watched from now, others once they are done. An SLO criterion must name an
 * existing SLO (`validation` on `criteria.slo` otherwise).
 */
export async function setActionVerification(
  ctx: Context,
  principal: Principal,
  id: string,
  criteria: VerificationCriteria,
): Promise<ActionVerification> {
  if (criteria.kind === 'slo_burn_rate' && (await ctx.store.slos.get(criteria.slo)) === null) {
    throw new DomainError('validation', `criteria.slo: there is no SLO ${criteria.slo}`, [
      { path: 'criteria.slo', message: 'must name an imported SLO (see `aftermath slo status`)' },
    ]);
  }
  return ctx.store.transaction(async (tx) => {
    const action = await writableAction(ctx, tx, principal, id);
    const now = ctx.clock().toISOString();
    const watching = action.status === 'done' || action.status === 'verified';
    const verification: ActionVerification = {
      actionId: id,
      criteria,
      state: watching ? 'holding' : 'waiting',
      since: watching ? now : null,
      checkedAt: null,
      detail: describeStart(criteria, watching),
      evidence: [],
      signOff: null,
      updatedAt: now,
    };
    await tx.actionVerifications.save(verification);
    return verification;
  });
}

function refuse(message: string, path: string, why: string): DomainError {
  return new DomainError('failed_precondition', message, [{ path, message: why }]);
}

/**
 * The named person signs a done action off with a note: the action becomes verified and
 * `action_verified` is notified. Only that person may sign off (`forbidden` for anyone else);
 * the action must be done and its criteria a sign-off (`failed_precondition` naming why).
 */
export async function signOffAction(
  ctx: Context,
  principal: Principal,
  id: string,
  input: { note: string; by?: string },
): Promise<ActionVerification> {
  return ctx.store.transaction(async (tx) => {
    const action = await writableAction(ctx, tx, principal, id);
    const verification = await tx.actionVerifications.get(id);
    if (verification?.criteria.kind !== 'sign_off') {
      throw refuse(
        `Action ${id} is not verified by sign-off`,
        'criteria',
        verification ? 'Aftermath checks these criteria itself' : 'no verification criteria set',
      );
    }
    const { person } = verification.criteria;
    const by = actingUsername(principal, input.by, 'by');
    if (by !== person) {
      throw new DomainError('forbidden', `Only ${person} can sign off action ${id}, not ${by}`);
    }
    if (action.status !== 'done') {
      throw refuse(
        `Action ${id} is ${action.status}; mark it done first`,
        'status',
        'must be done',
      );
    }
    const at = ctx.clock().toISOString();
    const verified: ActionItem = {
      ...action,
      status: 'verified',
      updatedAt: at,
      version: action.version + 1,
    };
    await tx.actions.update(verified, action.version);
    const next: ActionVerification = {
      ...verification,
      state: 'met',
      checkedAt: at,
      detail: `Signed off by ${by}.`,
      signOff: { by, note: input.note, at },
      updatedAt: at,
    };
    await tx.actionVerifications.save(next);
    await notifyVerification(ctx, 'action_verified', verified, next);
    return next;
  });
}

/** Runs the verification check now (what the scheduled job does); workspace admins only. */
export async function runVerificationCheck(
  ctx: Context,
  principal: Principal,
): Promise<VerificationCheckReport> {
  authorize(principal, 'workspace.admin');
  return checkActionVerifications(ctx);
}
