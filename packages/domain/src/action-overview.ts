import { z } from 'zod';
import { actionItem, type ActionItem } from './action-item';
import { incident } from './incident';

/** Statuses in which an action is still to be done (and so can be overdue). */
export const activeActionStatuses = ['open', 'in_progress'] as const;

/**
 * One action item in the list across incidents: the action, the incident it belongs to, the
 * teams owning that incident's services, and whether it is overdue (`daysOverdue` in whole days
 * past the due date, null when not overdue).
 *
 * @example
 * // { id: '01J…', title: 'Alert on pool saturation', dueDate: '2026-11-10', status: 'open',
 * //   incident: { key: 'INC-7', title: 'Checkout 502s', severity: 'SEV2', … },
 * //   teams: ['payments'], overdue: true, daysOverdue: 10, … }
 */
export const actionOverview = actionItem.extend({
  incident: incident.pick({
    key: true,
    title: true,
    severity: true,
    status: true,
    services: true,
    visibility: true,
  }),
  teams: z.array(z.string()),
  overdue: z.boolean(),
  daysOverdue: z.number().int().min(1).nullable(),
});
export type ActionOverview = z.infer<typeof actionOverview>;

/**
 * Whole days an action is past its due date on `today` (YYYY-MM-DD, UTC), or null when it is
 * not overdue: done, verified or dropped actions and actions without a due date never are. The
 * due date is the last day to do it, so an action due today is not overdue yet.
 *
 * @example
 * daysOverdue({ status: 'open', dueDate: '2026-11-10' }, '2026-11-20'); // 10
 * daysOverdue({ status: 'done', dueDate: '2026-11-10' }, '2026-11-20'); // null
 */
export function daysOverdue(
  action: Pick<ActionItem, 'status' | 'dueDate'>,
  today: string,
): number | null {
  const active = (activeActionStatuses as readonly string[]).includes(action.status);
  if (!active || action.dueDate === null || action.dueDate >= today) return null;
  return Math.round((Date.parse(today) - Date.parse(action.dueDate)) / 86_400_000);
}
