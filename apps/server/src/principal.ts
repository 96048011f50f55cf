import type { RouteName } from '@aftermath/contract';
import {
  withGrants,
  isSetupRequired,
  resolveApiTokenUntil,
  resolveSession,
  type IdentityContext,
  type ResolvedSession,
  type SessionPolicy,
} from '@aftermath/core';
import { anonymousPrincipal, DomainError, type Account, type Principal } from '@aftermath/domain';
import type { FastifyRequest } from 'fastify';
import { credentialFreeRoutes, publicRoutes } from './identity/public-routes';
import { createCredentialCache } from './identity/credential-cache';
import { readSessionCookie } from './identity/session-cookie';

/** A live browser session: its id (from the cookie), CSRF token, account and end. */
export interface RequestSession {
  id: string;
  csrfToken: string;
  user: Account;
  expiresAt: string;
}

/** Who made a request and how. */
export interface RequestAuth {
  principal: Principal;
  session: RequestSession | null;
}

/** Resolves the principal of a request to a named operation, refusing what must be refused. */
export interface Authenticate {
  (request: FastifyRequest, route: RouteName): Promise<RequestAuth>;
  /**
   * Forgets the credentials resolved so far: called once a request that may have changed
   * accounts, tokens, sessions or memberships has finished.
   */
  forget(): void;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

function assertCsrf(request: FastifyRequest, expected: string): void {
  if (!unsafeMethods.has(request.method)) return;
  if (request.headers['x-csrf-token'] === expected) return;
  throw new DomainError(
    'forbidden',
    'This request needs the X-CSRF-Token header with the token from GET /api/v1/session',
    [{ path: 'X-CSRF-Token', message: 'missing or does not match the session' }],
  );
}

async function refuseAnonymous(ctx: IdentityContext): Promise<never> {
  if (await isSetupRequired(ctx)) {
    throw new DomainError(
      'setup_required',
      'No account exists yet: create the first admin in the web app, or run `aftermath user create --admin --username U`',
    );
  }
  throw new DomainError(
    'unauthenticated',
    'Sign in first (POST /api/v1/session), or send an API token as "Authorization: Bearer …"',
  );
}

/**
 * Principal resolution: an `Authorization: Bearer` API token, else the session cookie, else
 * anonymous. Anonymous requests reach only the public routes; cookie requests that change
 * something need the session's CSRF token (token requests do not: a browser never adds one).
 * On public routes a Bearer header that is not an API token is left alone (webhook senders use
 * it for their source's secret). Resolved tokens and sessions are believed for two seconds
 * (see credential-cache.ts); every change through the API forgets them at once.
 */
export function createAuthenticate(ctx: IdentityContext, policy: SessionPolicy): Authenticate {
  const tokens = createCredentialCache<Principal>();
  const sessions = createCredentialCache<ResolvedSession & { principal: Principal }>();
  const untilOf = (end: string | null) => (end === null ? null : Date.parse(end));
  const readToken = (bearer: string) =>
    tokens.read(bearer, ctx.clock().getTime(), async () => {
      const found = await resolveApiTokenUntil(ctx, bearer);
      if (found === null) return null;
      const principal = await withGrants(ctx.store, found.principal);
      return { value: principal, endsAt: untilOf(found.expiresAt) };
    });
  const readSession = (sessionId: string) =>
    sessions.read(sessionId, ctx.clock().getTime(), async () => {
      const found = await resolveSession(ctx, sessionId, policy);
      if (found === null) return null;
      const principal = await withGrants(ctx.store, found.principal);
      return { value: { ...found, principal }, endsAt: untilOf(found.expiresAt) };
    });
  const authenticate = async (request: FastifyRequest, route: RouteName) => {
    if (credentialFreeRoutes.has(route)) return { principal: anonymousPrincipal, session: null };
    const isPublic = publicRoutes.has(route);
    const bearer = bearerToken(request);
    if (bearer !== null) {
      const principal = await readToken(bearer);
      if (principal !== null) return { principal, session: null };
      if (!isPublic) {
        throw new DomainError('unauthenticated', 'The API token is unknown, revoked or expired');
      }
    }
    const sessionId = readSessionCookie(request.headers.cookie);
    const session = sessionId === null ? null : await readSession(sessionId);
    if (sessionId !== null && session !== null) {
      assertCsrf(request, session.csrfToken);
      const { csrfToken, account, expiresAt, principal } = session;
      return { principal, session: { id: sessionId, csrfToken, user: account, expiresAt } };
    }
    if (!isPublic) await refuseAnonymous(ctx);
    return { principal: anonymousPrincipal, session: null };
  };
  return Object.assign(authenticate, {
    forget() {
      tokens.forget();
      sessions.forget();
    },
  });
}
