import type { ActionItem } from '@aftermath/domain';
import { api } from '../../../api/client';
import { useResource } from '../../../api/use-resource';
import { formatCalendarDate } from '../../../lib/datetime';
import { LoadFailed, Loading } from '../../../ui/states';
import { ActionForm } from './action-form';
import { ActionStatusControl } from './action-status-control';
import { ActionIssueCell } from './issues/action-issue-cell';
import { ActionIssuesProvider } from './issues/action-issues-context';
import { ActionVerificationCell } from './verification/action-verification-cell';
import { TableHead } from '../../../ui/table-head';

function ActionTable({
  items,
  onSaved,
  onReload,
}: {
  items: ActionItem[];
  onSaved: (item: ActionItem) => void;
  onReload: () => unknown;
}) {
  if (items.length === 0) {
    return (
      <p className="empty-inline">
        No action items yet. Good ones prevent a repeat, detect it sooner or limit the damage, and
        say how we will know they worked.
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table actions-table">
        <caption className="visually-hidden">Action items</caption>
        <TableHead
          columns={[
            'Action',
            'Type',
            'Priority',
            'Owner',
            'Due',
            'Status',
            'Verification',
            'Issue',
          ]}
        />
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <span className="action-title">{item.title}</span>
                {item.verificationCriteria !== '' && (
                  <span className="muted small block">
                    Verified by: {item.verificationCriteria}
                  </span>
                )}
                {item.rationale && (
                  <span className="muted small block">Why not: {item.rationale}</span>
                )}
              </td>
              <td>{item.type}</td>
              <td>
                <span className={`badge priority priority-${item.priority.toLowerCase()}`}>
                  {item.priority}
                </span>
              </td>
              <td>{item.owner ?? <span className="muted">unassigned</span>}</td>
              <td className="nowrap">{item.dueDate ? formatCalendarDate(item.dueDate) : '—'}</td>
              <td>
                <ActionStatusControl item={item} onSaved={onSaved} onReload={onReload} />
              </td>
              <td>
                <ActionVerificationCell item={item} onChanged={onReload} />
              </td>
              <td>
                <ActionIssueCell actionId={item.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The incident's follow-up actions and the form to add one. */
export function ActionsPanel({ incidentKey }: { incidentKey: string }) {
  const { resource, reload, retry, set } = useResource(incidentKey, async () => {
    const { data } = await api.call('listActions', { params: { key: incidentKey } });
    return data.items;
  });
  return (
    <section id="actions" className="card" aria-labelledby="actions-title">
      <div className="card-header">
        <h2 id="actions-title">Action items</h2>
      </div>
      {resource.state === 'loading' && <Loading what="action items" />}
      {resource.state === 'failed' && (
        <LoadFailed what="action items" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <>
          <ActionIssuesProvider incidentKey={incidentKey}>
            <ActionTable
              items={resource.value}
              onReload={reload}
              onSaved={(item) =>
                set(resource.value.map((each) => (each.id === item.id ? item : each)))
              }
            />
          </ActionIssuesProvider>
          <ActionForm
            incidentKey={incidentKey}
            onAdded={(item) => set([...resource.value, item])}
          />
        </>
      )}
    </section>
  );
}
