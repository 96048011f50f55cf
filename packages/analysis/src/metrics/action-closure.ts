import type { ActionFacts } from './incident-facts';

/**
 * Action closure (M6) counts of one incident. Actions without a due date or given up (`wont_do`)
 * are `excluded`; an action is `due` when its due date is before today or it is closed; of those,
 * `closedOnTime` closed on or before the due date (compared by UTC day).
 *
 * @example
 * { excluded: 1, due: 3, closedOnTime: 2 }
 */
export interface ActionClosureCounts {
  excluded: number;
  due: number;
  closedOnTime: number;
}

/**
 * Counts action closure over an incident's actions; `today` is `YYYY-MM-DD` (UTC). A database can
 * count the same rule itself and hand the counts to the metrics instead of the actions.
 *
 * @example
 * countActionClosure([{ status: 'done', dueDate: '2026-03-10', closedAt: '2026-03-09T10:00:00.000Z' }], '2026-04-01');
 * // { excluded: 0, due: 1, closedOnTime: 1 }
 */
export function countActionClosure(
  actions: readonly ActionFacts[],
  today: string,
): ActionClosureCounts {
  const counts: ActionClosureCounts = { excluded: 0, due: 0, closedOnTime: 0 };
  for (const action of actions) {
    if (action.dueDate === null || action.status === 'wont_do') {
      counts.excluded += 1;
      continue;
    }
    const closedOn = action.closedAt?.slice(0, 10) ?? null;
    if (action.dueDate >= today && closedOn === null) continue;
    counts.due += 1;
    if (closedOn !== null && closedOn <= action.dueDate) counts.closedOnTime += 1;
  }
  return counts;
}
