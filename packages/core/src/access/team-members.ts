import {
  notFound,
  parseOrThrow,
  teamMembership,
  type Principal,
  type TeamMembership,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';

/** Members of one team (or every membership when `team` is omitted), for anyone signed in. */
export async function listTeamMembers(
  ctx: Context,
  principal: Principal,
  filter: { team?: string; username?: string } = {},
): Promise<TeamMembership[]> {
  authorize(principal, 'incident.read');
  return ctx.store.access.listMemberships(filter);
}

/**
 * Gives a person a role in a team (workspace admins only), replacing their role there. The
 * person must have an account; the team is any name services use.
 */
export async function setTeamMember(
  ctx: Context,
  principal: Principal,
  input: TeamMembership,
): Promise<TeamMembership> {
  authorize(principal, 'workspace.admin');
  const membership = parseOrThrow(teamMembership, input);
  return ctx.store.transaction(async (tx) => {
    if ((await tx.accounts.get(membership.username)) === null) {
      throw notFound('user', membership.username);
    }
    await tx.access.setMembership(membership);
    return membership;
  });
}

/** Takes a person out of a team (workspace admins only); `not_found` when they were not in it. */
export async function removeTeamMember(
  ctx: Context,
  principal: Principal,
  team: string,
  username: string,
): Promise<void> {
  authorize(principal, 'workspace.admin');
  const removed = await ctx.store.access.removeMembership(team, username);
  if (!removed) throw notFound('team member', `${username} in ${team}`);
}
