import type { ActionOverview } from '@aftermath/domain';
import type { Context } from '../context';
import { readDecisionPolicy } from '../policy/decision-policy';
import { readAllActions } from './active-actions';
import { remindOnce, weekStart } from './remind-once';

const dayMs = 86_400_000;

function factsOf(action: ActionOverview): Record<string, string> {
  return {
    Owner: action.owner ?? 'nobody',
    Priority: action.priority,
    Due: action.dueDate ?? 'no due date',
    ...(action.teams.length > 0 ? { Teams: action.teams.join(', ') } : {}),
  };
}

/** Overdue actions: one reminder per action and week (Monday to Sunday, UTC). */
async function remindOverdue(ctx: Context): Promise<number> {
  const week = weekStart(ctx.clock());
  let sent = 0;
  for (const action of await readAllActions(ctx, { overdue: true })) {
    const days = action.daysOverdue ?? 0;
    const delivered = await remindOnce(ctx, `reminder:action_overdue:${action.id}`, week, {
      kind: 'action_overdue',
      title: `Action overdue by ${days} day${days === 1 ? '' : 's'}: ${action.title} (${action.incidentKey})`,
      body: `It was due ${action.dueDate ?? ''}. ${action.owner ?? 'Nobody'} owns it.`,
      incidentKey: action.incidentKey,
      facts: factsOf(action),
    });
    if (delivered) sent += 1;
  }
  return sent;
}

/**
 * Stale actions: open or in progress and not updated for the policy's `staleDays` of their
 * priority. One reminder per staleness period since the last update; an update starts over.
 */
async function remindStale(ctx: Context): Promise<number> {
  const { actions: policy } = await readDecisionPolicy(ctx.store);
  const now = ctx.clock().getTime();
  let sent = 0;
  for (const action of await readAllActions(ctx, { status: ['open', 'in_progress'] })) {
    const stepMs = policy.staleDays[action.priority] * dayMs;
    const periods = Math.floor((now - Date.parse(action.updatedAt)) / stepMs);
    if (periods < 1) continue;
    const period = new Date(Date.parse(action.updatedAt) + periods * stepMs).toISOString();
    const quietDays = Math.floor((now - Date.parse(action.updatedAt)) / dayMs);
    const delivered = await remindOnce(
      ctx,
      `reminder:action_stale:${action.id}:${action.updatedAt}`,
      period,
      {
        kind: 'action_stale',
        title: `No update for ${quietDays} days: ${action.title} (${action.incidentKey})`,
        body: `${action.owner ?? 'Nobody'} owns this ${action.priority} action; the policy expects an update every ${policy.staleDays[action.priority]} days.`,
        incidentKey: action.incidentKey,
        facts: { ...factsOf(action), 'Last update': action.updatedAt },
      },
    );
    if (delivered) sent += 1;
  }
  return sent;
}

/** Overdue and stale action reminders due now; returns how many were queued. */
export async function sendActionReminders(ctx: Context): Promise<number> {
  return (await remindOverdue(ctx)) + (await remindStale(ctx));
}
