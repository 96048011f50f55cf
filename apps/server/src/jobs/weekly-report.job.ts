import { parseSchedule, sendWeeklyReport, type Context } from '@aftermath/core';
import type { RecurringJob } from './recurring';

/** The kind of the weekly review sent to notification targets. */
export const weeklyReportKind = 'reports.weekly';

/**
 * Checked every hour: the day and hour come from the policy (`reports.weekly`), so changing them
 * needs no restart, and the report goes out once per week whatever the schedule.
 */
export const weeklyReportJob: RecurringJob = {
  name: weeklyReportKind,
  schedule: parseSchedule('hourly'),
  kind: weeklyReportKind,
};

/** Runs `sendWeeklyReport` and logs when the week's report was queued. */
export function createWeeklyReportHandler(ctx: Context, log: (message: string) => void) {
  return async (): Promise<void> => {
    if (await sendWeeklyReport(ctx)) log('weekly report: queued to the report targets');
  };
}
