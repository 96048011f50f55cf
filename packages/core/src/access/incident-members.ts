import { notFound, type IncidentKey, type Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';

/** People the incident names as members (they see it even when it is restricted). */
export async function listIncidentMembers(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<string[]> {
  await getIncident(ctx, principal, key);
  return ctx.store.access.listIncidentMembers(key);
}

/**
 * Runs `change` on the incident's named members after checking the principal may change the
 * incident (a responder on one of its teams, or a workspace admin); returns the members after.
 */
function changeMembers(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  change: (tx: Repositories) => Promise<void>,
): Promise<string[]> {
  return ctx.store.transaction(async (tx) => {
    const incident = await getIncident(ctx, principal, key, tx);
    authorize(principal, 'incident.update', incident);
    await change(tx);
    return tx.access.listIncidentMembers(key);
  });
}

/** Names a person (who must have an account) as a member of the incident. */
export function addIncidentMember(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  username: string,
): Promise<string[]> {
  return changeMembers(ctx, principal, key, async (tx) => {
    if ((await tx.accounts.get(username)) === null) throw notFound('user', username);
    await tx.access.addIncidentMember(key, username);
  });
}

/** Removes a named member; `not_found` when the person was not named. */
export function removeIncidentMember(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  username: string,
): Promise<string[]> {
  return changeMembers(ctx, principal, key, async (tx) => {
    if (!(await tx.access.removeIncidentMember(key, username))) {
      throw notFound('incident member', `${username} on ${key}`);
    }
  });
}
