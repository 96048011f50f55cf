import type { ActionOverview } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { groupActionsByTeam } from './team-groups';

function anAction(
  title: string,
  teams: string[],
  dueDate: string | null,
  daysOverdue: number | null,
): ActionOverview {
  return {
    id: title,
    incidentKey: 'INC-1',
    title,
    type: 'prevent',
    priority: 'P1',
    owner: 'sam',
    dueDate,
    status: 'open',
    verificationCriteria: '',
    rationale: null,
    links: [],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    version: 1,
    incident: {
      key: 'INC-1',
      title: 'Outage',
      severity: 'SEV2',
      status: 'resolved',
      services: [],
      visibility: 'normal',
    },
    teams,
    overdue: daysOverdue !== null,
    daysOverdue,
  };
}

describe('action items grouped by team', () => {
  it('lists the most overdue first, then by due date, and teams with overdue work first', () => {
    const groups = groupActionsByTeam([
      anAction('Soon', ['search'], '2026-12-20', null),
      anAction('Late a week', ['payments'], '2026-11-20', 7),
      anAction('No date', ['payments'], null, null),
      anAction('Late a month', ['payments', 'search'], '2026-10-27', 31),
      anAction('Orphan', [], '2026-12-01', null),
    ]);
    expect(groups.map((g) => [g.team, g.overdue])).toEqual([
      ['payments', 2],
      ['search', 1],
      [null, 0],
    ]);
    expect(groups[0]?.actions.map((a) => a.title)).toEqual([
      'Late a month',
      'Late a week',
      'No date',
    ]);
    expect(groups[1]?.actions.map((a) => a.title)).toEqual(['Late a month', 'Soon']);
  });
});
