import { JobError } from '../jobs/job-error';

/**
 * A tracker call that failed. `status` is the HTTP status (0 when none came back); the queue
 * retries it unless `retryable` is false, waiting `retryAfterMs` when the tracker said so.
 */
export class TrackerError extends JobError {
  readonly status: number;
  /** The tracker's parsed answer, when there was one. */
  readonly body: unknown;
  constructor(
    message: string,
    options: {
      status: number;
      retryable: boolean;
      retryAfterMs?: number;
      cause?: unknown;
      body?: unknown;
    },
  ) {
    super(message, options);
    this.name = 'TrackerError';
    this.status = options.status;
    this.body = options.body;
  }
}
