import { listTokenScopes, type IdentityContext } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** The token scopes a person may hold, for the form that creates tokens. */
export function tokenScopeHandlers(ctx: IdentityContext): Pick<Handlers, 'listTokenScopes'> {
  return {
    listTokenScopes: ({ principal, query }) => listTokenScopes(ctx, principal, query.username),
  };
}
