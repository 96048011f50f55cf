import { role, tokenScope, username } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';

/**
 * The token scopes a person may hold, capped by their highest role (team roles included), each
 * with the reason when not.
 *
 * @example { "username": "ana", "role": "responder", "items": [{ "scope": "read", "allowed": true, "reason": null },
 *   { "scope": "admin", "allowed": false, "reason": "needs the admin role on the account …; ana is at most responder" }] }
 */
export const tokenScopeOptions = z.object({
  username,
  /** The highest role: the account's, raised by team roles (a team admin counts as reviewer). */
  role,
  items: z.array(
    z.object({ scope: tokenScope, allowed: z.boolean(), reason: z.string().nullable() }),
  ),
});

/** What a new token may be allowed to do, asked before offering the choice. */
export const tokenScopeRoutes = {
  listTokenScopes: defineRoute({
    method: 'GET',
    path: '/api/v1/tokens/scopes',
    summary:
      'The scopes a token of the person (default: the caller; admins may name anyone) may have, and why not',
    tag: 'identity',
    query: z.object({ username: username.optional() }),
    response: tokenScopeOptions,
  }),
} as const;
