import type { Principal } from '@aftermath/domain';
import type { Repositories } from '../ports';

/**
 * The principal with its current memberships attached (read on every request, so a change of
 * membership applies at once). System and anonymous principals and workspace admins need none.
 */
export async function withGrants(
  repos: Pick<Repositories, 'access'>,
  principal: Principal,
): Promise<Principal> {
  if (principal.username === null || principal.role === 'admin') return principal;
  return { ...principal, grants: await repos.access.grantsFor(principal.username) };
}
