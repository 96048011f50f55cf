import type { IdentityContext } from '@aftermath/core';
import { withContext, type DataOptions } from '../store-options';

/** Like `withContext`, with argon2id password hashing for the account commands. */
export function withIdentityContext<T>(
  options: DataOptions,
  work: (ctx: IdentityContext) => Promise<T>,
): Promise<T> {
  return withContext(options, async (ctx) => {
    const { createArgon2Hasher } = await import('@aftermath/server');
    return work({ ...ctx, passwords: createArgon2Hasher() });
  });
}
