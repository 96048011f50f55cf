import {
  checkActionVerifications,
  parseSchedule,
  sendActionReminders,
  sendDeadlineReminders,
  sendWeeklyDigests,
  type Context,
} from '@aftermath/core';
import type { RecurringJob } from './recurring';
import type { JobHandlers } from './worker';

/** The kind of the verification check of done and verified actions. */
export const actionVerifyKind = 'actions.verify';

/** The kind of the reminders: actions overdue or stale, postmortem deadlines near or passed. */
export const remindersKind = 'reminders.send';

/** The kind of the weekly digest per team. */
export const weeklyDigestKind = 'reminders.weekly-digest';

const kinds = [actionVerifyKind, remindersKind, weeklyDigestKind];

/** Finished runs of these jobs are kept a day, for troubleshooting. */
const keepMs = 86_400_000;

/**
 * The follow-through of action items, as recurring jobs. Each reminder is sent once per thing
 * and period whatever the schedule, so running them often only makes them timely.
 */
export const actionFollowUpJobs: readonly RecurringJob[] = [
  { name: actionVerifyKind, schedule: parseSchedule('hourly'), kind: actionVerifyKind },
  { name: remindersKind, schedule: parseSchedule('every 15 minutes'), kind: remindersKind },
  {
    name: weeklyDigestKind,
    schedule: parseSchedule('weekly on monday at 09:00 UTC'),
    kind: weeklyDigestKind,
  },
];

/** Handlers of the action follow-through jobs; what they did goes to `log`. */
export function createActionFollowUpHandlers(
  ctx: Context,
  log: (message: string) => void,
): JobHandlers {
  const prune = () =>
    ctx.store.jobs.prune(new Date(ctx.clock().getTime() - keepMs).toISOString(), kinds);
  return {
    [actionVerifyKind]: async () => {
      const report = await checkActionVerifications(ctx);
      if (report.verified.length + report.reopened.length > 0) {
        log(
          `action verification: ${report.verified.length} verified, ${report.reopened.length} reopened of ${report.checked} checked`,
        );
      }
      await prune();
    },
    [remindersKind]: async () => {
      const sent = (await sendActionReminders(ctx)) + (await sendDeadlineReminders(ctx));
      if (sent > 0) log(`reminders: ${sent} queued`);
    },
    [weeklyDigestKind]: async () => {
      const sent = await sendWeeklyDigests(ctx);
      if (sent > 0) log(`weekly digest: ${sent} team digest(s) queued`);
    },
  };
}
