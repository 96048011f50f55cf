import { checkActionVerifications, parseSchedule, type Context } from '@aftermath/core';
import type { RecurringJob } from './recurring';
import type { JobHandlers } from './worker';

/** The kind of the verification check of done and verified actions. */
export const actionVerifyKind = 'actions.verify';

/** The follow-through of action items, as recurring jobs. */
export const actionFollowUpJobs: readonly RecurringJob[] = [
  { name: actionVerifyKind, schedule: parseSchedule('hourly'), kind: actionVerifyKind },
];

/** Handlers of the action follow-through jobs; what they changed goes to `log`. */
export function createActionFollowUpHandlers(
  ctx: Context,
  log: (message: string) => void,
): JobHandlers {
  return {
    [actionVerifyKind]: async () => {
      const report = await checkActionVerifications(ctx);
      if (report.verified.length + report.reopened.length > 0) {
        log(
          `action verification: ${report.verified.length} verified, ${report.reopened.length} reopened of ${report.checked} checked`,
        );
      }
    },
  };
}
