import {
  DomainError,
  type Principal,
  type Role,
  type TokenScope,
  type Visibility,
} from '@aftermath/domain';

/** Everything a principal can be asked permission for. */
export type Permission =
  | 'incident.read'
  | 'incident.create'
  | 'incident.update'
  | 'timeline.write'
  | 'postmortem.write'
  | 'postmortem.transition'
  | 'action.write'
  | 'service.write'
  | 'workspace.admin';

/** What the permission is about, when it concerns one record. */
export interface ResourceContext {
  visibility?: Visibility;
}

/** The scope a permission needs: reads need `read`, administration `admin`, the rest `write`. */
function scopeNeeded(permission: Permission): TokenScope {
  if (permission.endsWith('.read')) return 'read';
  if (permission.endsWith('.admin')) return 'admin';
  return 'write';
}

/** Which scopes cover which: `admin` covers `write` covers `read`; `webhook` covers nothing here. */
const covers: Record<TokenScope, readonly TokenScope[]> = {
  read: ['read'],
  write: ['read', 'write'],
  admin: ['read', 'write', 'admin'],
  webhook: [],
};

/**
 * The most a role may do across the workspace. The per-team role matrix and restricted
 * incidents refine this later, inside {@link authorize} only.
 */
const roleReach: Record<Role, TokenScope> = {
  viewer: 'read',
  responder: 'write',
  reviewer: 'write',
  admin: 'admin',
};

/**
 * The one place access is decided: every use case calls it before it reads or writes, and throws
 * what it throws. Anonymous principals get `unauthenticated` (the public routes — health,
 * webhooks, sign-in — never ask); a principal whose scopes (a token's) or role do not reach the
 * permission gets `forbidden`. Roles per team and restricted incidents plug in here without
 * touching routes or use cases.
 */
export function authorize(
  principal: Principal,
  permission: Permission,
  resource: ResourceContext = {},
): void {
  void resource;
  if (principal.kind === 'anonymous') {
    throw new DomainError(
      'unauthenticated',
      'Sign in first, or send an API token as "Authorization: Bearer …"',
    );
  }
  const needed = scopeNeeded(permission);
  if (!principal.scopes.some((scope) => covers[scope].includes(needed))) {
    throw new DomainError(
      'forbidden',
      `This ${principal.kind === 'token' ? 'token' : 'session'} has scope ${principal.scopes.join(', ') || 'none'}; ${permission} needs the ${needed} scope`,
    );
  }
  if (!covers[roleReach[principal.role]].includes(needed)) {
    throw new DomainError(
      'forbidden',
      `The ${principal.role} role may not do this (${permission} needs ${needed} access)`,
    );
  }
}

/**
 * The non-throwing form of {@link authorize}, for lists and search that leave out what the
 * principal may not see instead of failing.
 */
export function isAllowed(
  principal: Principal,
  permission: Permission,
  resource: ResourceContext = {},
): boolean {
  try {
    authorize(principal, permission, resource);
    return true;
  } catch {
    return false;
  }
}
