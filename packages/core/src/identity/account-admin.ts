import { DomainError, type Account, type Principal, type Role } from '@aftermath/domain';
import { authorize } from '../authorization';
import { withoutHash } from './accounts';
import type { IdentityContext } from './passwords';

/** What an admin may change on an account: its role, and whether it is disabled. */
export interface AccountChanges {
  role?: Role;
  disabled?: boolean;
}

/**
 * Sets an account's role and/or disables or re-enables it (admins only), in one transaction.
 * Disabling ends the account's sessions; an admin cannot disable or demote themself, so an
 * instance is never left without the admin who did it.
 */
export async function updateAccount(
  ctx: IdentityContext,
  principal: Principal,
  username: string,
  changes: AccountChanges,
): Promise<Account> {
  authorize(principal, 'workspace.admin');
  if (
    principal.username === username &&
    (changes.disabled === true || (changes.role ?? 'admin') !== 'admin')
  ) {
    throw new DomainError('conflict', 'You cannot disable or demote your own account', [
      { path: changes.disabled === true ? 'disabled' : 'role', message: 'ask another admin' },
    ]);
  }
  return ctx.store.transaction(async (tx) => {
    if (changes.role !== undefined) await tx.accounts.setRole(username, changes.role);
    if (changes.disabled !== undefined) {
      await tx.accounts.setDisabledAt(
        username,
        changes.disabled ? ctx.clock().toISOString() : null,
      );
      if (changes.disabled) await tx.sessions.deleteForUser(username);
    }
    const stored = await tx.accounts.get(username);
    if (stored === null) throw new DomainError('not_found', `No account ${username}`);
    return withoutHash(stored);
  });
}
