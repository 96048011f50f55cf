import type { ReportAction, ReportInputs, ReportSlo } from './report-inputs';
import { periodContaining, type ReportPeriod } from './report-period';

/** Open actions (status open or in_progress) grouped under one owner or team. */
export interface ActionGroup {
  name: string;
  dueThisWeek: number;
  overdue: number;
}

/**
 * The weekly review: open actions due in the ISO week from the report's day on, those already
 * overdue (due before the report's day), counts per owner and per team, and each SLO's alert state.
 *
 * @example buildWeeklyReport(inputs).overdue // [{ id: 'A-3', dueDate: '2026-11-10', … }]
 */
export interface WeeklyReport {
  kind: 'weekly';
  period: ReportPeriod;
  dueThisWeek: ReportAction[];
  overdue: ReportAction[];
  byOwner: ActionGroup[];
  byTeam: ActionGroup[];
  slos: ReportSlo[];
}

const openStatuses = new Set(['open', 'in_progress']);

/** Builds the {@link WeeklyReport} for the week containing `inputs.at`. */
export function buildWeeklyReport(inputs: ReportInputs): WeeklyReport {
  const period = periodContaining('weekly', inputs.at);
  const today = inputs.at.slice(0, 10);
  const lastDay = new Date(Date.parse(period.end) - 1).toISOString().slice(0, 10);
  const open = inputs.actions.filter(
    (action) => openStatuses.has(action.status) && action.dueDate !== null,
  );
  const byDue = (a: ReportAction, b: ReportAction) =>
    (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id.localeCompare(b.id);
  const dueThisWeek = open
    .filter((action) => action.dueDate! >= today && action.dueDate! <= lastDay)
    .sort(byDue);
  const overdue = open.filter((action) => action.dueDate! < today).sort(byDue);
  return {
    kind: 'weekly',
    period,
    dueThisWeek,
    overdue,
    byOwner: groupActions(dueThisWeek, overdue, (action) => [action.owner ?? '(no owner)']),
    byTeam: groupActions(dueThisWeek, overdue, (action) =>
      action.teams.length > 0 ? action.teams : ['(no team)'],
    ),
    slos: [...inputs.slos].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function groupActions(
  due: readonly ReportAction[],
  overdue: readonly ReportAction[],
  namesOf: (action: ReportAction) => string[],
): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  const groupOf = (name: string) => {
    const group = groups.get(name) ?? { name, dueThisWeek: 0, overdue: 0 };
    groups.set(name, group);
    return group;
  };
  for (const action of due) for (const name of namesOf(action)) groupOf(name).dueThisWeek += 1;
  for (const action of overdue) for (const name of namesOf(action)) groupOf(name).overdue += 1;
  return [...groups.values()].sort(
    (a, b) =>
      b.overdue - a.overdue || b.dueThisWeek - a.dueThisWeek || a.name.localeCompare(b.name),
  );
}
