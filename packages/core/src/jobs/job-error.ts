/**
 * What a handler throws to say how its failure should be treated: `retryable: false` gives up at
 * once (a 4xx answer will not change on retry); `retryAfterMs` asks for a specific wait (an HTTP
 * Retry-After). Any other error is retried with back-off.
 */
export class JobError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    options: { retryable: boolean; retryAfterMs?: number; cause?: unknown },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'JobError';
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}
