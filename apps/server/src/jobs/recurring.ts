import { currentSlot, enqueueJob, type Context, type Schedule } from '@aftermath/core';

/** A job enqueued once per slot of its schedule, whichever replica gets there first. */
export interface RecurringJob {
  /** Names the schedule in the database; keep it stable. */
  name: string;
  schedule: Schedule;
  kind: string;
  payload?: Record<string, unknown>;
  maxAttempts?: number;
}

/** Slots this process already saw scheduled, so an idle tick costs no database round trip. */
const seen = new WeakMap<readonly RecurringJob[], Map<string, string>>();

/**
 * Enqueues each recurring job whose current slot no one has enqueued yet. The slot is recorded
 * and the job enqueued in one transaction; a replica that races for the same slot records
 * nothing and enqueues nothing. The job's payload carries its `slot` (UTC ISO).
 */
export async function scheduleDueJobs(
  ctx: Context,
  recurring: readonly RecurringJob[],
): Promise<number> {
  let last = seen.get(recurring);
  if (last === undefined) {
    last = new Map();
    seen.set(recurring, last);
  }
  let enqueued = 0;
  for (const job of recurring) {
    const slot = currentSlot(job.schedule, ctx.clock()).toISOString();
    if (last.get(job.name) === slot) continue;
    const won = await ctx.store.transaction(async (tx) => {
      if (!(await tx.jobs.claimScheduleSlot(job.name, slot))) return false;
      await enqueueJob(ctx, {
        kind: job.kind,
        payload: { ...job.payload, slot },
        dedupeKey: `${job.name}@${slot}`,
        ...(job.maxAttempts === undefined ? {} : { maxAttempts: job.maxAttempts }),
      });
      return true;
    });
    last.set(job.name, slot);
    if (won) enqueued += 1;
  }
  return enqueued;
}
