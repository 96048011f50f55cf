/** How retries are spaced: `baseMs * 2^(attempt-1)`, capped at `maxMs`, with jitter. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** Two seconds, doubling, at most an hour. */
export const defaultBackoff: BackoffPolicy = { baseMs: 2000, maxMs: 60 * 60 * 1000 };

/**
 * The wait before retry number `attempt` (1 after the first failure) with "equal jitter": half of
 * the exponential step fixed, half random, so workers that failed together do not retry together.
 * A `retryAfterMs` from the far side (HTTP 429/503 Retry-After) is a floor.
 *
 * @example computeRetryDelay(3, defaultBackoff, () => 0) // 4000
 */
export function computeRetryDelay(
  attempt: number,
  policy: BackoffPolicy = defaultBackoff,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(step / 2 + (random() * step) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
