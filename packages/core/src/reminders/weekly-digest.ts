import type { ActionOverview } from '@aftermath/domain';
import type { Context } from '../context';
import { readAllActions } from './active-actions';
import { remindOnce, weekStart } from './remind-once';

/** Overdue actions listed in one digest; the rest are counted. */
const shown = 10;

function line(action: ActionOverview): string {
  const late = action.daysOverdue === null ? '' : `, ${action.daysOverdue} d overdue`;
  return `- ${action.incidentKey} ${action.priority} ${action.title} (${action.owner ?? 'no owner'}, due ${action.dueDate ?? '–'}${late})`;
}

/** The teams that own at least one service, by name. */
async function readTeams(ctx: Context): Promise<string[]> {
  const teams = new Set<string>();
  for (const service of await ctx.store.services.list()) if (service.team) teams.add(service.team);
  return [...teams].sort();
}

/**
 * One `weekly_digest` per team owning a service, once per week (Monday, UTC): its open actions,
 * the overdue ones listed first. Teams with nothing open get none. Returns how many were queued.
 */
export async function sendWeeklyDigests(ctx: Context): Promise<number> {
  const week = weekStart(ctx.clock());
  let sent = 0;
  for (const team of await readTeams(ctx)) {
    const open = await readAllActions(ctx, { team, status: ['open', 'in_progress'] });
    if (open.length === 0) continue;
    const overdue = open.filter((action) => action.overdue);
    const lines = [
      overdue.length > 0 ? 'Overdue:' : 'Nothing is overdue.',
      ...overdue.slice(0, shown).map(line),
      ...(overdue.length > shown ? [`… and ${overdue.length - shown} more overdue`] : []),
    ];
    const delivered = await remindOnce(ctx, `digest:${team}`, week, {
      kind: 'weekly_digest',
      title: `Weekly digest for ${team}: ${open.length} open action${open.length === 1 ? '' : 's'}, ${overdue.length} overdue`,
      body: lines.join('\n'),
      facts: { Team: team, Open: String(open.length), Overdue: String(overdue.length) },
    });
    if (delivered) sent += 1;
  }
  return sent;
}
