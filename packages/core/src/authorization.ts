import {
  DomainError,
  higherRole,
  noGrants,
  notFound,
  type IncidentReadScope,
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

/**
 * What the permission is about, when it concerns one incident (pass the incident itself). A
 * restricted resource without a key is readable only by those who may read every restricted
 * incident (workspace admins): lists that cannot name the incident stay on the safe side.
 */
export interface ResourceContext {
  visibility?: Visibility;
  key?: string;
  services?: readonly string[];
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
 * The most a role may do. A person's role on an incident is the higher of their account role
 * and their role in any team owning one of the incident's services.
 */
const roleReach: Record<Role, TokenScope> = {
  viewer: 'read',
  responder: 'write',
  reviewer: 'write',
  admin: 'admin',
};

/** Workspace admins and the local operator see and may do everything. */
function isWorkspaceAdmin(principal: Principal): boolean {
  return principal.kind === 'system' || principal.role === 'admin';
}

/** The principal's role on the resource: account role raised by team memberships. */
export function effectiveRole(principal: Principal, resource: ResourceContext = {}): Role {
  const grants = principal.grants ?? noGrants;
  let role = principal.role;
  for (const service of resource.services ?? []) {
    const granted = grants.services[service];
    if (granted !== undefined) role = higherRole(role, granted);
  }
  // Team admins administer that team's incidents, not the workspace.
  return role === 'admin' && !isWorkspaceAdmin(principal) ? 'reviewer' : role;
}

/**
 * Whether the principal may see the resource at all: normal incidents everyone signed in;
 * restricted ones workspace admins, people the incident names, and members (any role) of a team
 * owning one of its services.
 */
export function maySee(principal: Principal, resource: ResourceContext = {}): boolean {
  if (resource.visibility !== 'restricted' || isWorkspaceAdmin(principal)) return true;
  const grants = principal.grants ?? noGrants;
  if (resource.key !== undefined && grants.incidents.includes(resource.key)) return true;
  return (resource.services ?? []).some((service) => grants.services[service] !== undefined);
}

/** The restricted incidents the principal may read, as store queries take it. */
export function incidentReadScope(principal: Principal): IncidentReadScope {
  if (isWorkspaceAdmin(principal)) return { all: true };
  const grants = principal.grants ?? noGrants;
  return { all: false, incidents: grants.incidents, services: Object.keys(grants.services) };
}

/**
 * The one place access is decided: every use case calls it before it reads or writes, and throws
 * what it throws. Anonymous principals get `unauthenticated` (the public routes — health,
 * webhooks, sign-in — never ask). A restricted incident the principal may not see is
 * `not_found` (its existence is not revealed). A principal whose scopes (a token's) or role on
 * the resource do not reach the permission gets `forbidden`. Reads need viewer, changes
 * responder (reviewer and admin include it), workspace administration a workspace admin.
 */
export function authorize(
  principal: Principal,
  permission: Permission,
  resource: ResourceContext = {},
): void {
  if (principal.kind === 'anonymous') {
    throw new DomainError(
      'unauthenticated',
      'Sign in first, or send an API token as "Authorization: Bearer …"',
    );
  }
  if (!maySee(principal, resource)) throw notFound('incident', resource.key ?? 'restricted');
  const needed = scopeNeeded(permission);
  if (!principal.scopes.some((scope) => covers[scope].includes(needed))) {
    throw new DomainError(
      'forbidden',
      `This ${principal.kind === 'token' ? 'token' : 'session'} has scope ${principal.scopes.join(', ') || 'none'}; ${permission} needs the ${needed} scope`,
    );
  }
  const role = needed === 'admin' ? principal.role : effectiveRole(principal, resource);
  if (!covers[roleReach[role]].includes(needed)) {
    throw new DomainError(
      'forbidden',
      `The ${role} role may not do this (${permission} needs ${needed} access)`,
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
