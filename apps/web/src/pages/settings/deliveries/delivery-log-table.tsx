import type { OutgoingCall } from '@aftermath/domain';
import { formatDateTime } from '../../../lib/datetime';
import { TableHead } from '../../../ui/table-head';

const channelLabels: Record<OutgoingCall['channel'], string> = {
  notification: 'Notification',
  'tracker.create': 'Issue filed',
  'tracker.sync': 'Issue read back',
};

/** One row per outgoing call: what, where, outcome, attempts, the last error and a retry. */
export function DeliveryLogTable({
  calls,
  retrying,
  onRetry,
}: {
  calls: OutgoingCall[];
  retrying: string | null;
  onRetry: (id: string) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="table delivery-log">
        <caption className="visually-hidden">Outgoing deliveries</caption>
        <TableHead
          columns={[
            'Queued',
            'Kind',
            'What',
            'To',
            'Outcome',
            'Attempts',
            'Last error',
            { hidden: 'Actions' },
          ]}
        />
        <tbody>
          {calls.map((call) => (
            <tr key={call.id} data-delivery={call.id}>
              <td className="nowrap">{formatDateTime(call.createdAt)}</td>
              <td>{channelLabels[call.channel]}</td>
              <td>{call.summary}</td>
              <td>{call.target}</td>
              <td>
                <span className={`outcome outcome-${call.status}`}>{call.status}</span>
                {call.status === 'queued' && call.attempts > 0 && (
                  <span className="muted small block">
                    next try {formatDateTime(call.nextAttemptAt)}
                  </span>
                )}
              </td>
              <td>
                {call.attempts} of {call.maxAttempts}
              </td>
              <td className="small">{call.lastError ?? '—'}</td>
              <td>
                {call.status === 'failed' && (
                  <button
                    type="button"
                    className="small"
                    disabled={retrying !== null}
                    onClick={() => onRetry(call.id)}
                  >
                    {retrying === call.id ? 'Retrying…' : 'Retry'}
                    <span className="visually-hidden"> {call.summary}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
