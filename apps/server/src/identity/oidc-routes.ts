import { signInWithOidc, type IdentityContext, type SessionPolicy } from '@aftermath/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  describeOidcError as reasonOf,
  type OidcClient,
  type PendingOidcLogin,
} from './oidc-client';
import type { OidcRoleMapping } from '@aftermath/core';
import { sessionCookie } from './session-cookie';

/** Where the browser goes to sign in with the provider, and where the provider sends it back. */
export const oidcLoginPath = '/api/v1/auth/oidc/login';
export const oidcCallbackPath = '/api/v1/auth/oidc/callback';

const pendingCookieName = 'aftermath_oidc';
const pendingMaxAgeSeconds = 600;

function pendingCookie(value: string, maxAge: number, secure: boolean): string {
  return [
    `${pendingCookieName}=${value}`,
    'HttpOnly',
    // Lax: the provider's redirect back is a top-level GET navigation, which carries it.
    'SameSite=Lax',
    'Path=/api/v1/auth/oidc',
    `Max-Age=${maxAge}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

function readPending(header: string | undefined): PendingOidcLogin | null {
  const part = header
    ?.split(';')
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${pendingCookieName}=`));
  if (part === undefined) return null;
  try {
    const value: unknown = JSON.parse(
      Buffer.from(part.slice(pendingCookieName.length + 1), 'base64url').toString('utf8'),
    );
    const pending = value as Partial<PendingOidcLogin>;
    const fields = [pending.state, pending.nonce, pending.codeVerifier, pending.returnTo];
    return fields.every((f) => typeof f === 'string') ? (pending as PendingOidcLogin) : null;
  } catch {
    return null;
  }
}

/** Only paths of this site: `//evil.example` and `/\evil` would leave it. */
function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /^\/[/\\]/.test(value)) return '/';
  return value.slice(0, 2000);
}

function failTo(reply: FastifyReply, secure: boolean, message: string) {
  reply.header('set-cookie', pendingCookie('', 0, secure));
  reply.header('cache-control', 'no-store');
  return reply.redirect(`/?signInError=${encodeURIComponent(message)}`, 303);
}

/** The two browser-facing steps of OpenID Connect sign-in; both are public by nature. */
export function installOidcRoutes(
  app: FastifyInstance,
  client: OidcClient,
  ctx: IdentityContext,
  mapping: OidcRoleMapping,
  policy: SessionPolicy,
): void {
  app.get(oidcLoginPath, async (request: FastifyRequest, reply) => {
    const secure = request.protocol === 'https';
    const query = request.query as Record<string, unknown>;
    try {
      const { url, pending } = await client.startLogin(safeReturnTo(query.returnTo));
      const encoded = Buffer.from(JSON.stringify(pending)).toString('base64url');
      reply.header('set-cookie', pendingCookie(encoded, pendingMaxAgeSeconds, secure));
      reply.header('cache-control', 'no-store');
      return reply.redirect(url, 303);
    } catch (error) {
      request.log.warn({ err: reasonOf(error) }, 'OpenID Connect sign-in could not start');
      return failTo(
        reply,
        secure,
        `Sign-in with ${client.name} is unavailable: ${reasonOf(error)}`,
      );
    }
  });

  app.get(oidcCallbackPath, async (request, reply) => {
    const secure = request.protocol === 'https';
    const pending = readPending(request.headers.cookie);
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const state = new URLSearchParams(search).get('state');
    if (pending === null || state !== pending.state) {
      const message = `Sign-in with ${client.name} failed: the state does not match the sign-in this browser started (start again)`;
      return failTo(reply, secure, message);
    }
    try {
      const claims = await client.finishLogin(search, pending);
      const session = await signInWithOidc(ctx, claims, mapping, policy);
      reply.header('set-cookie', [
        pendingCookie('', 0, secure),
        sessionCookie(session.sessionId, policy.maxAgeSeconds, secure),
      ]);
      reply.header('cache-control', 'no-store');
      return reply.redirect(pending.returnTo, 303);
    } catch (error) {
      request.log.info({ err: reasonOf(error) }, 'OpenID Connect sign-in refused');
      return failTo(reply, secure, `Sign-in with ${client.name} failed: ${reasonOf(error)}`);
    }
  });
}
