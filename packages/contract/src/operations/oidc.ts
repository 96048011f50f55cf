import { z } from 'zod';
import { defineRoute } from '../route';

/**
 * How people can sign in besides username and password: the OpenID Connect provider's name and
 * where to send the browser (add `?returnTo=/path` to come back to a page), or null when none is
 * configured.
 *
 * @example { oidc: { name: 'Keycloak', loginUrl: '/api/v1/auth/oidc/login' } }
 */
export const signInOptions = z.object({
  oidc: z.object({ name: z.string(), loginUrl: z.string() }).nullable(),
});

/** Sign-in options (public). The redirect steps of OpenID Connect are plain browser URLs. */
export const oidcRoutes = {
  getSignInOptions: defineRoute({
    method: 'GET',
    path: '/api/v1/session/options',
    summary: 'How people can sign in: the OpenID Connect provider, when one is configured (public)',
    tag: 'identity',
    response: signInOptions,
  }),
} as const;
