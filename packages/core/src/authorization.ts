import type { Principal, Visibility } from '@aftermath/domain';

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

/**
 * The one place access is decided: every use case calls it before it reads or writes, and throws
 * what it throws (`forbidden` / `unauthenticated`). Until accounts and roles exist it allows
 * everything; roles and restricted incidents plug in here without touching routes or use cases.
 */
export function authorize(
  principal: Principal,
  permission: Permission,
  resource: ResourceContext = {},
): void {
  void principal;
  void permission;
  void resource;
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
