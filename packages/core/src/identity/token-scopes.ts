import { higherRole, tokenScope, type Role, type TokenScope } from '@aftermath/domain';
import type { Context } from '../context';

/** Scopes each role may hold on a token: never more than the person could do themself somewhere. */
const scopesForRole: Record<Role, readonly TokenScope[]> = {
  viewer: ['read'],
  responder: ['read', 'write'],
  reviewer: ['read', 'write'],
  admin: ['read', 'write', 'admin', 'webhook'],
};

// What a person needs to hold each scope, in words for the refusal.
const neededFor: Record<TokenScope, string> = {
  read: 'any role',
  write: 'the responder role or higher, on the account or in a team',
  admin: 'the admin role on the account (a team admin counts as reviewer)',
  webhook: 'the admin role on the account (a team admin counts as reviewer)',
};

/**
 * The most the person may do anywhere: their account role raised by their team roles. A team
 * `admin` administers that team's incidents, not the workspace, so it counts as `reviewer`
 * (write, never admin or webhook). What a token may do on each incident is still decided per
 * request from the owner's roles there (`authorize`), so a responder of one team gets a write
 * token that writes only to that team's incidents.
 */
async function highestRole(ctx: Context, username: string, accountRole: Role): Promise<Role> {
  const memberships = await ctx.store.access.listMemberships({ username });
  return memberships.reduce<Role>(
    (role, membership) =>
      higherRole(role, membership.role === 'admin' ? 'reviewer' : membership.role),
    accountRole,
  );
}

/** One token scope for one person: whether they may hold it, and why not when they may not. */
export interface TokenScopeOption {
  scope: TokenScope;
  allowed: boolean;
  reason: string | null;
}

/** The scopes `username` may put on a token, judged by their highest role (team roles included). */
export interface TokenScopeOptions {
  username: string;
  role: Role;
  items: TokenScopeOption[];
}

/**
 * Which token scopes `owner` may hold, each with the reason when not: the cap `createApiToken`
 * enforces, from the owner's highest role (team roles included).
 */
export async function judgeTokenScopes(
  ctx: Context,
  owner: { username: string; role: Role },
): Promise<TokenScopeOptions> {
  const role = await highestRole(ctx, owner.username, owner.role);
  const items = tokenScope.options.map((scope) => {
    const allowed = scopesForRole[role].includes(scope);
    const reason = allowed
      ? null
      : `needs ${neededFor[scope]}; ${owner.username} is at most ${role}`;
    return { scope, allowed, reason };
  });
  return { username: owner.username, role, items };
}
