import type { ActionOverview } from '@aftermath/domain';

/** One team's open actions, overdue first. */
export interface TeamGroup {
  /** The team's name, or null for actions whose services belong to no team. */
  team: string | null;
  actions: ActionOverview[];
  overdue: number;
}

/** Most days overdue first, then the earliest due date, then no due date; ties by title. */
function compareActions(a: ActionOverview, b: ActionOverview): number {
  const late = (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0);
  if (late !== 0) return late;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}

/**
 * Groups actions by the teams owning their incident's services (an action of two teams is listed
 * under both), teams with the most overdue actions first, then by name; "no team" last.
 */
export function groupActionsByTeam(actions: readonly ActionOverview[]): TeamGroup[] {
  const byTeam = new Map<string | null, ActionOverview[]>();
  for (const action of actions) {
    const teams = action.teams.length > 0 ? action.teams : [null];
    for (const team of teams) byTeam.set(team, [...(byTeam.get(team) ?? []), action]);
  }
  return [...byTeam.entries()]
    .map(([team, list]) => ({
      team,
      actions: [...list].sort(compareActions),
      overdue: list.filter((action) => action.overdue).length,
    }))
    .sort((a, b) => {
      if (a.team === null || b.team === null) return a.team === null ? 1 : -1;
      return b.overdue - a.overdue || a.team.localeCompare(b.team);
    });
}
