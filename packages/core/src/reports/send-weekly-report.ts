import { weekdays } from '@aftermath/domain';
import type { Context } from '../context';
import { broadcastReader, enqueueNotification } from '../notifications';
import { readDecisionPolicy } from '../policy/decision-policy';
import { weekStart } from '../reminders/remind-once';
import { buildReport } from './build-report';
import { reportNotification } from './report-notification';

const hourMs = 3_600_000;

/**
 * Sends this ISO week's review to the notification targets subscribed to `report`, once per week
 * (the review a reader without restricted incidents gets: targets are broadcast channels):
 * on the policy's `reports.weekly` day and hour (UTC) or at the first run after it, and never when
 * `enabled` is false. The week is claimed, the report built and the notification queued in one
 * transaction, so replicas and re-runs send it once and a failed build is tried again next run.
 * True when it was queued now.
 *
 * @example await sendWeeklyReport(ctx); // false before Monday 08:00 UTC and after it was sent
 */
export async function sendWeeklyReport(ctx: Context): Promise<boolean> {
  const { weekly } = (await readDecisionPolicy(ctx.store)).reports;
  if (!weekly.enabled) return false;
  const now = ctx.clock();
  const week = weekStart(now);
  const due = Date.parse(week) + (weekdays.indexOf(weekly.day) * 24 + weekly.hourUtc) * hourMs;
  if (now.getTime() < due) return false;
  return ctx.store.transaction(async (tx) => {
    if (!(await tx.jobs.claimScheduleSlot('report:weekly', week))) return false;
    const report = await buildReport(ctx, broadcastReader, 'weekly', now.toISOString());
    await enqueueNotification(ctx, reportNotification(report));
    return true;
  });
}
