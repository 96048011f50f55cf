import {
  actionLifecycle,
  assertActionRationale,
  DomainError,
  notFound,
  slaDueDate,
  type ActionItem,
  type CreateActionItem,
  type IncidentKey,
  type Principal,
  type UpdateActionItem,
} from '@aftermath/domain';
import { authorize } from './authorization';
import type { Context } from './context';
import { getIncident, staleVersion, withoutUndefined } from './incidents';
import { readDecisionPolicy } from './policy/decision-policy';

/** The incident's action items in creation order. */
export async function listActions(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<ActionItem[]> {
  await getIncident(ctx, principal, key);
  return ctx.store.actions.listByIncident(key);
}

/** Adds an action item to an incident; without a due date it gets the policy's SLA for its priority. */
export async function createAction(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  input: CreateActionItem,
): Promise<ActionItem> {
  assertActionRationale(input.status, input.rationale);
  return ctx.store.transaction(async (tx) => {
    const incident = await getIncident(ctx, principal, key, tx);
    authorize(principal, 'action.write', incident);
    const now = ctx.clock().toISOString();
    const { actions: policy } = await readDecisionPolicy(tx);
    const action: ActionItem = {
      id: ctx.newId(),
      incidentKey: key,
      ...input,
      dueDate:
        input.dueDate === undefined ? slaDueDate(policy, input.priority, now) : input.dueDate,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await tx.actions.insert(action);
    return action;
  });
}

/** Reads one action item by id. */
export async function getAction(
  ctx: Context,
  principal: Principal,
  id: string,
): Promise<ActionItem> {
  const action = await ctx.store.actions.get(id);
  if (!action) throw notFound('action item', id);
  await getIncident(ctx, principal, action.incidentKey);
  return action;
}

/** Edits an action item when `expectedVersion` is current; status moves follow the lifecycle. */
export async function updateAction(
  ctx: Context,
  principal: Principal,
  id: string,
  expectedVersion: number,
  patch: UpdateActionItem,
): Promise<ActionItem> {
  return ctx.store.transaction(async (tx) => {
    const current = await tx.actions.get(id);
    if (!current) throw notFound('action item', id);
    const incident = await getIncident(ctx, principal, current.incidentKey, tx);
    authorize(principal, 'action.write', incident);
    if (current.version !== expectedVersion) throw staleVersion('action item', id, current.version);
    if (patch.status !== undefined && patch.status !== current.status) {
      actionLifecycle.assertTransition(current.status, patch.status);
      if (patch.status === 'verified' && (await tx.actionVerifications.get(id)) !== null) {
        throw new DomainError(
          'failed_precondition',
          `Action ${id} is verified by its criteria (Aftermath's check or the named person's sign-off), not by hand`,
          [{ path: 'status', message: 'verified comes from the verification, not an edit' }],
        );
      }
    }
    const next: ActionItem = {
      ...current,
      ...withoutUndefined(patch),
      updatedAt: ctx.clock().toISOString(),
      version: current.version + 1,
    };
    assertActionRationale(next.status, next.rationale);
    await tx.actions.update(next, expectedVersion);
    return next;
  });
}
