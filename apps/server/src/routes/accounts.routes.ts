import {
  createAccount,
  createApiToken,
  listAccounts,
  listApiTokens,
  revokeApiToken,
  updateAccount,
  type IdentityContext,
} from '@aftermath/core';
import { DomainError } from '@aftermath/domain';
import type { Handlers } from '../register-routes';

/** Accounts (admins) and API tokens (admins for anyone, people for themselves). */
export function accountHandlers(
  ctx: IdentityContext,
): Pick<
  Handlers,
  'listUsers' | 'createUser' | 'updateUser' | 'listTokens' | 'createToken' | 'revokeToken'
> {
  return {
    listUsers: async ({ principal }) => ({ items: await listAccounts(ctx, principal) }),
    createUser: ({ principal, body }) => createAccount(ctx, principal, body),
    updateUser: ({ principal, params, body }) =>
      updateAccount(ctx, principal, params.username, body),
    listTokens: async ({ principal, query }) => ({
      items: await listApiTokens(ctx, principal, query.username),
    }),
    createToken: async ({ principal, body, setHeader }) => {
      const username = body.username ?? principal.username;
      if (username === null) {
        throw new DomainError('validation', 'username: required when no person is signed in', [
          { path: 'username', message: 'required' },
        ]);
      }
      setHeader('cache-control', 'no-store');
      return createApiToken(ctx, principal, {
        username,
        scope: body.scope,
        expiresAt: body.expiresAt ?? null,
        description: body.description,
      });
    },
    revokeToken: ({ principal, params }) => revokeApiToken(ctx, principal, params.id),
  };
}
