import { z } from 'zod';
import { DomainError } from './errors';
import { role, username } from './user';

/**
 * What an API token may do. `read` reads, `write` reads and changes, `admin` also administers the
 * workspace; `webhook` grants nothing on the API (senders prove themselves with per-source secrets)
 * and exists so a token can be issued to a sending system and revoked on its own.
 *
 * @example tokenScope.parse('read') // 'read'
 */
export const tokenScope = z.enum(['read', 'write', 'admin', 'webhook']);
export type TokenScope = z.infer<typeof tokenScope>;

/** Shortest accepted password, in characters. */
export const minPasswordLength = 10;

/**
 * A password as a person types it: at least {@link minPasswordLength} characters, at most 1,024
 * (argon2 hashes any length, but a megabyte "password" is an attack, not a password).
 */
export const password = z
  .string()
  .min(minPasswordLength, `at least ${minPasswordLength} characters`)
  .max(1024, 'at most 1024 characters');

/**
 * A new local account.
 *
 * @example newAccount.parse({ username: 'ana', password: 'correct horse', role: 'admin' })
 */
export const newAccount = z.object({
  username,
  password,
  displayName: z.string().trim().min(1).max(200).optional(),
  role: role.default('responder'),
});
export type NewAccount = z.input<typeof newAccount>;

/** A local account as listed: never its password hash. `disabled` accounts cannot log in. */
export const account = z.object({
  username,
  displayName: z.string(),
  role,
  team: z.string().nullable(),
  disabled: z.boolean(),
  /** UTC ISO time the account was created; null for directory entries from before accounts. */
  createdAt: z.string().nullable(),
});
export type Account = z.infer<typeof account>;

/**
 * An API token as listed: its public prefix id, never the secret or its hash.
 *
 * @example { id: 'k4x9q2mz7d', username: 'ana', scope: 'read', expiresAt: null, … }
 */
export const apiToken = z.object({
  id: z.string(),
  username,
  scope: tokenScope,
  /** What the token is for, as its creator described it (may be empty). */
  description: z.string(),
  createdAt: z.string(),
  /** UTC ISO expiry, or null for a token that does not expire. */
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;

/**
 * `rate_limited` with the number of seconds until the next attempt is accepted (HTTP answers it
 * as 429 with `Retry-After`).
 *
 * @example throw new RateLimitedError('Too many failed logins; try again in 60 s', 60);
 */
export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super('rate_limited', message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
