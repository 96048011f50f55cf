import type { ActionOverview } from '@aftermath/domain';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { TableHead } from '../../ui/table-head';

/** The open and in-progress actions the executive dashboard lists, and the overdue count. */
export interface Remediations {
  items: ActionOverview[];
  total: number;
  overdueTotal: number;
}

/** Active remediations: actions still open across incidents, due date first, overdue flagged. */
export function RemediationsCard({ remediations }: { remediations: Remediations }) {
  const { items, total, overdueTotal } = remediations;
  return (
    <article className="card wide-card" aria-label="Active remediations">
      <h2>Active remediations</h2>
      <p className="muted small">
        {total} open or in-progress action{total === 1 ? '' : 's'} across incidents,{' '}
        <strong className={overdueTotal > 0 ? 'overdue-count' : undefined}>
          {overdueTotal} overdue
        </strong>
        {items.length < total && `; the ${items.length} due soonest shown`}.
      </p>
      {items.length === 0 ? (
        <p className="muted">No open action: every follow-up is done or dropped.</p>
      ) : (
        <table className="remediation-table">
          <caption className="visually-hidden">Open actions, due date first</caption>
          <TableHead columns={['Due', 'Action', 'Owner', 'Incident']} />
          <tbody>
            {items.map((action) => (
              <RemediationRow key={action.id} action={action} />
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

function RemediationRow({ action }: { action: ActionOverview }) {
  return (
    <tr className={action.overdue ? 'overdue' : undefined}>
      <td className="mono">
        {action.dueDate ?? <span className="muted">no date</span>}
        {action.daysOverdue !== null && (
          <span className="overdue-badge"> {action.daysOverdue} d overdue</span>
        )}
      </td>
      <td>
        <span className="change-kind">{action.priority}</span> {action.title}
      </td>
      <td>{action.owner ?? <span className="muted">unowned</span>}</td>
      <td>
        <Link to={`${paths.incident(action.incident.key)}#actions`} className="mono">
          {action.incident.key}
        </Link>{' '}
        <span className="muted small">
          {action.incident.severity}
          {action.teams.length > 0 && ` · ${action.teams.join(', ')}`}
        </span>
      </td>
    </tr>
  );
}
