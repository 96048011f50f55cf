import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '@aftermath/core';

/** argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommended minimum). */
export function createArgon2Hasher(): PasswordHasher {
  return {
    hash: (password) => hash(password),
    async verify(stored, password) {
      try {
        return await verify(stored, password);
      } catch {
        // A malformed stored hash is a failed check, not a server error.
        return false;
      }
    },
  };
}
