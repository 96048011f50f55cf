import { DomainError, type Account, type Principal } from '@aftermath/domain';
import { withoutHash } from './accounts';
import type { IdentityContext } from './passwords';
import type { StoredAccount } from './identity.ports';
import { createSecret, hashSecret } from './secrets';
import {
  assertNotLocked,
  defaultLoginThrottle,
  recordLoginFailure,
  throttleKeys,
  type LoginThrottlePolicy,
} from './login-throttle';

/** How long sessions live: in total, and without a request. */
export interface SessionPolicy {
  maxAgeSeconds: number;
  idleSeconds: number;
  throttle: LoginThrottlePolicy;
}

/** Seven days at most, twelve hours idle. */
export const defaultSessionPolicy: SessionPolicy = {
  maxAgeSeconds: 7 * 24 * 3600,
  idleSeconds: 12 * 3600,
  throttle: defaultLoginThrottle,
};

/** A new session: the secret id for the cookie (shown once) and the CSRF token. */
export interface NewSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
  account: Account;
}

const wrongCredentials = () =>
  new DomainError('unauthenticated', 'Wrong username or password', [
    { path: 'password', message: 'wrong username or password' },
  ]);

// Unknown usernames are checked against this hash so they take as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/**
 * Signs in with a username and password. Unknown users, disabled accounts and wrong passwords
 * all get the same `unauthenticated` answer after an argon2 check, so the answer does not tell
 * which usernames exist. Locked keys get `rate_limited` before any check.
 */
export async function signIn(
  ctx: IdentityContext,
  input: { username: string; password: string; clientIp: string | null },
  policy: SessionPolicy = defaultSessionPolicy,
): Promise<NewSession> {
  const now = ctx.clock();
  const keys = throttleKeys(input.username, input.clientIp);
  await assertNotLocked(ctx.store, keys, now);
  const stored = await ctx.store.accounts.get(input.username.trim().toLowerCase());
  decoyHash ??= ctx.passwords.hash(createSecret());
  const hash = stored?.passwordHash ?? (await decoyHash);
  const matches = await ctx.passwords.verify(hash, input.password);
  if (!matches || stored === null || stored.passwordHash === null || stored.disabled) {
    await recordLoginFailure(ctx.store, keys, now, policy.throttle);
    throw wrongCredentials();
  }
  await ctx.store.loginAttempts.clear(keys[0]?.key ?? '');
  return openSession(ctx, stored, policy);
}

/**
 * Starts a session for an account whose identity is already proven (password, OpenID Connect):
 * a fresh secret id for the cookie and CSRF token; only the id's SHA-256 is stored.
 */
export async function openSession(
  ctx: IdentityContext,
  stored: StoredAccount,
  policy: SessionPolicy = defaultSessionPolicy,
): Promise<NewSession> {
  const now = ctx.clock();
  const sessionId = createSecret();
  const csrfToken = createSecret();
  const expiresAt = new Date(now.getTime() + policy.maxAgeSeconds * 1000).toISOString();
  await ctx.store.sessions.insert({
    idHash: hashSecret(sessionId),
    username: stored.username,
    csrfToken,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt,
  });
  const account = withoutHash(stored);
  return { sessionId, csrfToken, expiresAt, account };
}

/** A live session's principal and CSRF token. */
export interface ResolvedSession {
  principal: Principal;
  csrfToken: string;
  account: Account;
  expiresAt: string;
}

/**
 * The session a cookie names, or null when it is unknown, expired, idle too long or its account
 * is disabled. Expired sessions are deleted as they are met; the last-seen time is written at
 * most once a minute.
 */
export async function resolveSession(
  ctx: IdentityContext,
  sessionId: string,
  policy: SessionPolicy = defaultSessionPolicy,
): Promise<ResolvedSession | null> {
  const idHash = hashSecret(sessionId);
  const session = await ctx.store.sessions.get(idHash);
  if (session === null) return null;
  const now = ctx.clock().getTime();
  const idleUntil = Date.parse(session.lastSeenAt) + policy.idleSeconds * 1000;
  if (now >= Date.parse(session.expiresAt) || now >= idleUntil) {
    await ctx.store.sessions.delete(idHash);
    return null;
  }
  const stored = await ctx.store.accounts.get(session.username);
  if (stored === null || stored.disabled || stored.passwordHash === null) return null;
  if (now - Date.parse(session.lastSeenAt) > 60_000) {
    await ctx.store.sessions.touch(idHash, new Date(now).toISOString());
  }
  const account = withoutHash(stored);
  return {
    principal: {
      kind: 'user',
      username: account.username,
      role: account.role,
      scopes: ['read', 'write', 'admin'],
    },
    csrfToken: session.csrfToken,
    account,
    expiresAt: session.expiresAt,
  };
}

/** Ends the session a cookie names (unknown ids are not an error). */
export async function signOut(ctx: IdentityContext, sessionId: string): Promise<void> {
  await ctx.store.sessions.delete(hashSecret(sessionId));
}
