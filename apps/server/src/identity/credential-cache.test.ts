import { describe, expect, it } from 'vitest';
import { createCredentialCache } from './credential-cache';

/** A lookup the test settles by hand, counting how often the cache asked for it. */
function manualLookup(value: string) {
  let calls = 0;
  let settle: () => void = () => undefined;
  const resolve = () => {
    calls += 1;
    return new Promise<{ value: string; endsAt: null }>((done) => {
      settle = () => done({ value, endsAt: null });
    });
  };
  return { resolve, settle: () => settle(), calls: () => calls };
}

describe('credential cache', () => {
  it('asks once for a hundred concurrent reads of one credential', async () => {
    const cache = createCredentialCache<string>();
    const lookup = manualLookup('ana');
    const reads = Array.from({ length: 100 }, () => cache.read('token-1', 0, lookup.resolve));
    lookup.settle();
    expect(await Promise.all(reads)).toEqual(Array.from({ length: 100 }, () => 'ana'));
    expect(lookup.calls()).toBe(1);
    // The answer is kept: a later read does not ask again.
    await cache.read('token-1', 1, lookup.resolve);
    expect(lookup.calls()).toBe(1);
  });

  it('does not let a read after forget join a lookup that began before it', async () => {
    const cache = createCredentialCache<string>();
    const before = manualLookup('role before the change');
    const after = manualLookup('role after the change');
    const early = cache.read('session-1', 0, before.resolve);
    cache.forget();
    const late = cache.read('session-1', 0, after.resolve);
    before.settle();
    after.settle();
    expect(await early).toBe('role before the change');
    expect(await late).toBe('role after the change');
    expect(after.calls()).toBe(1);
    // Only the lookup that began after the change was kept.
    expect(await cache.read('session-1', 1, before.resolve)).toBe('role after the change');
  });

  it('shares a failed lookup with its waiters and asks again on the next read', async () => {
    const cache = createCredentialCache<string>();
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('database gone'));
    };
    const reads = [cache.read('token-2', 0, failing), cache.read('token-2', 0, failing)];
    for (const read of reads) await expect(read).rejects.toThrow('database gone');
    expect(calls).toBe(1);
    await expect(cache.read('token-2', 0, failing)).rejects.toThrow('database gone');
    expect(calls).toBe(2);
  });
});
