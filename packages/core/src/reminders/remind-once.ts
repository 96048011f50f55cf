import type { NotificationEventInput } from '@aftermath/domain';
import type { Context } from '../context';
import { enqueueNotification } from '../notifications';

/**
 * Queues `event` unless a reminder named `name` was already sent for `period` (a UTC ISO time
 * that grows with each new period): the period is claimed and the notification queued in one
 * transaction, so replicas and re-runs never send the same reminder twice. True when sent.
 */
export async function remindOnce(
  ctx: Context,
  name: string,
  period: string,
  event: NotificationEventInput,
): Promise<boolean> {
  return ctx.store.transaction(async (tx) => {
    if (!(await tx.jobs.claimScheduleSlot(name, period))) return false;
    await enqueueNotification(ctx, event);
    return true;
  });
}

/** Monday 00:00 UTC of the week holding `now`: the period of weekly reminders. */
export function weekStart(now: Date): string {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const back = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - back * 86_400_000).toISOString();
}
