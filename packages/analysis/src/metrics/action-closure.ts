import type { ActionPriority } from '@aftermath/domain';
import type { ActionFacts } from './incident-facts';

/**
 * Action closure (M6) counts. Actions without a due date or given up (`wont_do`) are `excluded`;
 * an action is `due` when its due date is before today or it is closed; of those, `closedOnTime`
 * closed on or before the due date (compared by UTC day). The due date is the action's own, which
 * the policy's per-priority SLA (`actions.dueDays`) sets when the action is created without one.
 *
 * @example
 * { excluded: 1, due: 3, closedOnTime: 2 }
 */
export interface ActionClosureCount {
  excluded: number;
  due: number;
  closedOnTime: number;
}

/**
 * Action closure counts of one incident by action priority; a priority without actions is absent.
 *
 * @example
 * { P1: { excluded: 0, due: 2, closedOnTime: 1 } }
 */
export type ActionClosureCounts = Partial<Record<ActionPriority, ActionClosureCount>>;

/** Zero counts. */
export const noActionClosure = (): ActionClosureCount => ({ excluded: 0, due: 0, closedOnTime: 0 });

/**
 * Counts action closure over an incident's actions by priority; `today` is `YYYY-MM-DD` (UTC). A
 * database can count the same rule itself and hand the counts to the metrics instead.
 *
 * @example
 * countActionClosure([{ priority: 'P1', status: 'done', dueDate: '2026-03-10', closedAt: '2026-03-09T10:00:00.000Z' }], '2026-04-01');
 * // { P1: { excluded: 0, due: 1, closedOnTime: 1 } }
 */
export function countActionClosure(
  actions: readonly ActionFacts[],
  today: string,
): ActionClosureCounts {
  const counts: ActionClosureCounts = {};
  for (const action of actions) {
    const count = (counts[action.priority] ??= noActionClosure());
    if (action.dueDate === null || action.status === 'wont_do') {
      count.excluded += 1;
      continue;
    }
    const closedOn = action.closedAt?.slice(0, 10) ?? null;
    if (action.dueDate >= today && closedOn === null) continue;
    count.due += 1;
    if (closedOn !== null && closedOn <= action.dueDate) count.closedOnTime += 1;
  }
  return counts;
}
