import {
  account,
  apiToken,
  newAccount,
  password,
  role,
  tokenScope,
  username,
} from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';

/**
 * Who is signed in, and the CSRF token to send as `X-CSRF-Token` on every unsafe request made
 * with the session cookie.
 *
 * @example { user: { username: 'ana', role: 'admin', … }, csrfToken: 'q3…', expiresAt: '2026-12-04T10:00:00.000Z' }
 */
export const sessionInfo = z.object({
  user: account,
  csrfToken: z.string(),
  /** UTC ISO time the session ends at the latest (idle sessions end sooner). */
  expiresAt: z.string(),
});

/** Whether the first admin still has to be created. @example { required: true } */
export const setupStatus = z.object({ required: z.boolean() });

/** Sign-in form. @example { username: 'ana', password: 'correct horse battery' } */
export const signInInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

/** The first admin. @example { username: 'ana', password: 'correct horse battery' } */
export const setupInput = z.object({
  username,
  password,
  displayName: z.string().trim().min(1).max(200).optional(),
});

/**
 * A token to issue; `username` defaults to the caller, `expiresAt` (UTC ISO) to never.
 *
 * @example { scope: 'read', expiresAt: '2027-01-01T00:00:00Z', description: 'grafana' }
 */
export const createTokenInput = z.object({
  username: username.optional(),
  scope: tokenScope,
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
  description: z.string().max(200).optional(),
});

/** What an admin changes on an account. @example { role: 'reviewer' } or { disabled: true } */
export const accountChanges = z
  .object({ role: role.optional(), disabled: z.boolean().optional() })
  .refine((changes) => changes.role !== undefined || changes.disabled !== undefined, {
    message: 'give role or disabled',
  });

/** A new token: the secret text (shown only in this answer) and its record. */
export const createdToken = z.object({ token: z.string(), record: apiToken });

/** Accounts, sessions (sign-in, sign-out, who am I), the first-run setup and API tokens. */
export const identityRoutes = {
  getSetupStatus: defineRoute({
    method: 'GET',
    path: '/api/v1/setup',
    summary: 'Whether the first admin still has to be created (public)',
    tag: 'identity',
    response: setupStatus,
  }),
  setupFirstAdmin: defineRoute({
    method: 'POST',
    path: '/api/v1/setup',
    summary:
      'Create the first admin and sign in; allowed only while no account exists (409 afterwards)',
    tag: 'identity',
    body: setupInput,
    response: sessionInfo,
    status: 201,
  }),
  getSession: defineRoute({
    method: 'GET',
    path: '/api/v1/session',
    summary: 'Who is signed in, with the CSRF token for unsafe requests (401 when nobody)',
    tag: 'identity',
    response: sessionInfo,
  }),
  createSession: defineRoute({
    method: 'POST',
    path: '/api/v1/session',
    summary:
      'Sign in with username and password; sets the HttpOnly session cookie (429 with Retry-After after repeated failures)',
    tag: 'identity',
    body: signInInput,
    response: sessionInfo,
    status: 201,
  }),
  deleteSession: defineRoute({
    method: 'DELETE',
    path: '/api/v1/session',
    summary: 'Sign out: ends the session and clears its cookie',
    tag: 'identity',
    response: null,
    status: 204,
  }),
  listUsers: defineRoute({
    method: 'GET',
    path: '/api/v1/users',
    summary: 'Every account (admins)',
    tag: 'identity',
    response: z.object({ items: z.array(account) }),
  }),
  createUser: defineRoute({
    method: 'POST',
    path: '/api/v1/users',
    summary: 'Create a local account (admins)',
    tag: 'identity',
    body: newAccount,
    response: account,
    status: 201,
  }),
  updateUser: defineRoute({
    method: 'PATCH',
    path: '/api/v1/users/{username}',
    summary:
      "Set an account's role or disable/re-enable it (admins; disabling ends its sessions and stops its tokens)",
    tag: 'identity',
    params: z.object({ username }),
    body: accountChanges,
    response: account,
  }),
  listTokens: defineRoute({
    method: 'GET',
    path: '/api/v1/tokens',
    summary:
      "API tokens, newest first: an admin's view of all (or one user's), otherwise one's own",
    tag: 'identity',
    query: z.object({ username: username.optional() }),
    response: z.object({ items: z.array(apiToken) }),
  }),
  createToken: defineRoute({
    method: 'POST',
    path: '/api/v1/tokens',
    summary:
      'Issue an API token (admins for anyone, people for themselves); the token text is shown only in this answer',
    tag: 'identity',
    body: createTokenInput,
    response: createdToken,
    status: 201,
  }),
  revokeToken: defineRoute({
    method: 'DELETE',
    path: '/api/v1/tokens/{id}',
    summary: 'Revoke an API token (admins, or its owner)',
    tag: 'identity',
    params: z.object({ id: z.string().min(1).max(40) }),
    response: apiToken,
  }),
} as const;
