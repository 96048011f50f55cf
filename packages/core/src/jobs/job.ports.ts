/** Where a job is: waiting (maybe for a retry), leased to a worker, finished, or given up. */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A unit of background work, durable in the database. Times are UTC ISO 8601. */
export interface Job {
  id: string;
  /** Which handler runs it, e.g. `notification.deliver`. */
  kind: string;
  /** The handler's input, stored as JSON. */
  payload: unknown;
  /** Not run before this time. */
  runAt: string;
  /** Times it was claimed so far (a claim whose worker died counts). */
  attempts: number;
  maxAttempts: number;
  leaseOwner: string | null;
  leaseExpiresAt: string | null;
  lastError: string | null;
  status: JobStatus;
  /** At most one queued or running job has a given key. */
  dedupeKey: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A job to insert. */
export interface NewJob {
  id: string;
  kind: string;
  payload: unknown;
  runAt: string;
  maxAttempts: number;
  dedupeKey: string | null;
  createdAt: string;
}

/** What a worker asks for: the next due job of one of `kinds`, leased to `owner` until `leaseExpiresAt`. */
export interface ClaimRequest {
  owner: string;
  kinds: readonly string[];
  now: string;
  leaseExpiresAt: string;
}

/**
 * The job queue. Every state change after a claim names the lease owner and does nothing (false)
 * when the lease has passed to someone else, so a worker that lost its lease cannot overwrite
 * the outcome of the one that took the job over.
 */
export interface JobRepository {
  /** Inserts the job; false (nothing written) when a pending job has the same dedupe key. */
  enqueue(job: NewJob): Promise<boolean>;
  /** The queued or running job with this dedupe key, if any. */
  findPending(dedupeKey: string): Promise<Job | null>;
  /**
   * Leases the next due job: queued with `runAt <= now`, or running with an expired lease (its
   * worker died). Counts an attempt. A job whose lease expired on its last attempt is marked
   * failed instead. Two workers never get the same job.
   */
  claim(request: ClaimRequest): Promise<Job | null>;
  /** Moves the lease of a job still held by `owner` forward. */
  extendLease(id: string, owner: string, leaseExpiresAt: string): Promise<boolean>;
  complete(id: string, owner: string, now: string): Promise<boolean>;
  /** Back to queued, to run again at `runAt`, keeping `error` as the last error. */
  retry(
    id: string,
    owner: string,
    change: { runAt: string; error: string; now: string },
  ): Promise<boolean>;
  /** Gives up: failed for good, keeping `error`. */
  fail(id: string, owner: string, change: { error: string; now: string }): Promise<boolean>;
  /** Hands an unfinished job back (a worker stopping): queued, due now, the attempt not counted. */
  release(id: string, owner: string, now: string): Promise<boolean>;
  /**
   * Records that the recurring schedule `name` enqueued its slot `slot` (a UTC ISO time); true
   * only for the first caller of a slot later than the last one recorded, so replicas that race
   * on the same slot schedule it once.
   */
  claimScheduleSlot(name: string, slot: string): Promise<boolean>;
  get(id: string): Promise<Job | null>;
  /** Newest first. */
  list(filter: { kinds?: readonly string[]; status?: JobStatus; limit: number }): Promise<Job[]>;
  /** Deletes done and failed jobs last updated before `before`; returns how many. */
  prune(before: string, kinds?: readonly string[]): Promise<number>;
}
