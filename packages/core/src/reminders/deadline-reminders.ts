import { systemPrincipal } from '@aftermath/domain';
import type { Context } from '../context';
import { listPostmortemDeadlines } from '../review';
import { remindOnce } from './remind-once';

/** How close a postmortem deadline is before the "near" reminder, in hours. */
export const deadlineNearHours = 24;

/**
 * Postmortem draft and final deadlines: one `deadline_near` reminder when a deadline is within
 * {@link deadlineNearHours}, one `deadline_passed` once it has passed. Returns how many were queued.
 */
export async function sendDeadlineReminders(ctx: Context): Promise<number> {
  const deadlines = await listPostmortemDeadlines(ctx, systemPrincipal, {
    nearHours: deadlineNearHours,
    attentionOnly: true,
  });
  let sent = 0;
  for (const deadline of deadlines) {
    const passed = deadline.state === 'overdue';
    const kind = passed ? 'deadline_passed' : 'deadline_near';
    const what = deadline.kind === 'draft' ? 'postmortem draft' : 'final postmortem';
    const hours = Math.max(1, Math.round(Math.abs(deadline.hoursLeft)));
    const delivered = await remindOnce(
      ctx,
      `reminder:${kind}:${deadline.incidentKey}:${deadline.kind}`,
      deadline.due,
      {
        kind,
        title: passed
          ? `${deadline.incidentKey}: the ${what} is overdue by ${hours} h`
          : `${deadline.incidentKey}: the ${what} is due in ${hours} h`,
        body: `${deadline.title} (${deadline.severity}): the ${what} is due ${deadline.due}.`,
        incidentKey: deadline.incidentKey,
        facts: {
          Due: deadline.due,
          Postmortem: deadline.postmortemStatus ?? 'not started',
        },
      },
    );
    if (delivered) sent += 1;
  }
  return sent;
}
