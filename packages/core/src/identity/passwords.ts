import type { Context } from '../context';

/**
 * Hashes and checks passwords. The server's implementation uses argon2id; core only needs the
 * two calls, so tests and other runtimes can bring their own.
 */
export interface PasswordHasher {
  /** A self-describing hash string (PHC format) to store. */
  hash(password: string): Promise<string>;
  /** True when `password` matches `hash`; false (never a throw) for a malformed hash. */
  verify(hash: string, password: string): Promise<boolean>;
}

/** What the account and sign-in use cases run with. */
export interface IdentityContext extends Context {
  passwords: PasswordHasher;
}
