import type { Account, ApiToken, Role } from '@aftermath/domain';

/** An account with its password hash, as storage keeps it. */
export interface StoredAccount extends Account {
  /** argon2id PHC string; null for a directory entry that cannot sign in. */
  passwordHash: string | null;
}

/** Local accounts (the `users` table with credentials). */
export interface AccountRepository {
  get(username: string): Promise<StoredAccount | null>;
  /** Every account and directory entry, by username; never the hashes. */
  list(): Promise<Account[]>;
  /** How many accounts can sign in (have a password), disabled or not. */
  countWithPassword(): Promise<number>;
  /**
   * Creates an account; `conflict` when the username already has a password. A directory entry
   * without one (from an import or the demo) becomes the account, keeping its team.
   */
  insert(account: StoredAccount): Promise<void>;
  /**
   * Creates the first admin only while no account has a password, atomically: of two concurrent
   * calls, one returns true and the other false with nothing written.
   */
  insertFirst(account: StoredAccount): Promise<boolean>;
  /** `not_found` for an unknown username. */
  setPasswordHash(username: string, passwordHash: string): Promise<void>;
  /** Disables (at a UTC ISO time) or re-enables (null); `not_found` for an unknown username. */
  setDisabledAt(username: string, at: string | null): Promise<void>;
  /** `not_found` for an unknown username. */
  setRole(username: string, role: Role): Promise<void>;
}

/** A signed-in browser session; the id itself is never stored, only its SHA-256. */
export interface SessionRecord {
  idHash: string;
  username: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** Browser sessions. */
export interface SessionRepository {
  insert(session: SessionRecord): Promise<void>;
  get(idHash: string): Promise<SessionRecord | null>;
  touch(idHash: string, lastSeenAt: string): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Ends every session of a user (disabled, new password); returns how many. */
  deleteForUser(username: string): Promise<number>;
}

/** An API token with the hash of its secret. */
export interface StoredApiToken extends ApiToken {
  secretHash: string;
}

/** API tokens. */
export interface ApiTokenRepository {
  insert(token: StoredApiToken): Promise<void>;
  get(id: string): Promise<ApiToken | null>;
  findBySecretHash(secretHash: string): Promise<ApiToken | null>;
  /** Newest first; only one user's when `username` is given. */
  list(username?: string): Promise<ApiToken[]>;
  /** Marks the token revoked at `at` (UTC ISO); false when it does not exist. */
  revoke(id: string, at: string): Promise<boolean>;
  touch(id: string, at: string): Promise<void>;
}

/** Failed sign-in counts per key (`user:<name>`, `ip:<address>`), shared by every replica. */
export interface LoginAttemptRecord {
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

/** Failed sign-ins, counted in the database so every replica sees the same numbers. */
export interface LoginAttemptRepository {
  get(key: string): Promise<LoginAttemptRecord | null>;
  /**
   * Counts one more failure at `at` atomically; `restartBefore` (UTC ISO) restarts the count when
   * the last failure was older. Returns the new count.
   */
  recordFailure(key: string, at: string, restartBefore: string): Promise<number>;
  lock(key: string, until: string): Promise<void>;
  clear(key: string): Promise<void>;
}
