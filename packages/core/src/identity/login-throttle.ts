import { RateLimitedError } from '@aftermath/domain';
import type { Repositories } from '../ports';

/**
 * How failed sign-ins are throttled. After `freeFailures` failures in a row a key is locked for
 * `baseLockSeconds`, doubling with each further failure up to `maxLockSeconds`. A failure more
 * than `resetAfterSeconds` after the previous one starts counting again.
 */
export interface LoginThrottlePolicy {
  perUserFreeFailures: number;
  perIpFreeFailures: number;
  baseLockSeconds: number;
  maxLockSeconds: number;
  resetAfterSeconds: number;
}

/** Five tries per username, twenty per address, then 1 min doubling up to 1 h. */
export const defaultLoginThrottle: LoginThrottlePolicy = {
  perUserFreeFailures: 5,
  perIpFreeFailures: 20,
  baseLockSeconds: 60,
  maxLockSeconds: 3600,
  resetAfterSeconds: 24 * 3600,
};

/** The keys one sign-in attempt counts against. */
export function throttleKeys(username: string, clientIp: string | null) {
  return [
    { key: `user:${username.trim().toLowerCase()}`, kind: 'user' as const },
    ...(clientIp === null ? [] : [{ key: `ip:${clientIp}`, kind: 'ip' as const }]),
  ];
}

/** Lock length after `failures` failures in a row, or 0 while still under the free count. */
export function lockSeconds(failures: number, free: number, policy: LoginThrottlePolicy): number {
  if (failures < free) return 0;
  const doublings = Math.min(failures - free, 30);
  return Math.min(policy.baseLockSeconds * 2 ** doublings, policy.maxLockSeconds);
}

/** Throws `rate_limited` (with seconds to wait) when any key is locked at `now`. */
export async function assertNotLocked(
  repos: Repositories,
  keys: readonly { key: string }[],
  now: Date,
): Promise<void> {
  let wait = 0;
  for (const { key } of keys) {
    const record = await repos.loginAttempts.get(key);
    if (record?.lockedUntil == null) continue;
    wait = Math.max(wait, Math.ceil((Date.parse(record.lockedUntil) - now.getTime()) / 1000));
  }
  if (wait > 0) {
    throw new RateLimitedError(`Too many failed sign-ins; try again in ${wait} s`, wait);
  }
}

/** Counts one failure against every key and locks the ones past their free count. */
export async function recordLoginFailure(
  repos: Repositories,
  keys: readonly { key: string; kind: 'user' | 'ip' }[],
  now: Date,
  policy: LoginThrottlePolicy,
): Promise<void> {
  const restartBefore = new Date(now.getTime() - policy.resetAfterSeconds * 1000).toISOString();
  for (const { key, kind } of keys) {
    const failures = await repos.loginAttempts.recordFailure(key, now.toISOString(), restartBefore);
    const free = kind === 'user' ? policy.perUserFreeFailures : policy.perIpFreeFailures;
    const seconds = lockSeconds(failures, free, policy);
    if (seconds > 0) {
      await repos.loginAttempts.lock(key, new Date(now.getTime() + seconds * 1000).toISOString());
    }
  }
}
