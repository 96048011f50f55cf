import { formatCalendarDate } from '../../lib/datetime';
import { actionStatusLabels } from '../../lib/labels';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import type { TeamGroup } from './team-groups';
import { TableHead } from '../../ui/table-head';

function teamLabel(team: string | null): string {
  return team ?? 'No team';
}

/** One team's actions: overdue ones first and marked, with owner, due date and days overdue. */
export function TeamActionTable({ group }: { group: TeamGroup }) {
  const label = teamLabel(group.team);
  const id = `team-${(group.team ?? 'none').replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <section className="card team-actions" aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>{label}</h2>
        <p className="muted small">
          {group.overdue === 0
            ? `${group.actions.length} open, none overdue`
            : `${group.overdue} of ${group.actions.length} overdue`}
        </p>
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Open action items of {label}</caption>
          <TableHead
            columns={['Action', 'Incident', 'Owner', 'Due', 'Days overdue', 'Priority', 'Status']}
          />
          <tbody>
            {group.actions.map((action) => (
              <tr key={action.id} className={action.overdue ? 'is-overdue' : undefined}>
                <td>{action.title}</td>
                <td>
                  <Link to={`${paths.incident(action.incident.key)}#actions`}>
                    {action.incident.key}
                  </Link>
                </td>
                <td>{action.owner ?? <span className="muted">nobody</span>}</td>
                <td className="nowrap">
                  {action.dueDate === null ? '—' : formatCalendarDate(action.dueDate)}
                </td>
                <td>
                  {action.daysOverdue === null ? (
                    '—'
                  ) : (
                    <span className="overdue-days">{action.daysOverdue} d overdue</span>
                  )}
                </td>
                <td>{action.priority}</td>
                <td>{actionStatusLabels[action.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
