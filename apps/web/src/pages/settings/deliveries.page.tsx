import type { OutgoingCall } from '@aftermath/domain';
import { useState } from 'react';
import { api, describeError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { DeliveryLogTable } from './deliveries/delivery-log-table';

type StatusFilter = '' | OutgoingCall['status'];

/**
 * `/settings/deliveries`: the delivery log of notifications and issue-tracker calls, newest
 * first, with outcome, attempts and the last error; a failed one can be sent again.
 */
export default function DeliveriesPage() {
  usePageTitle('Delivery log');
  const [status, setStatus] = useState<StatusFilter>('');
  const [retrying, setRetrying] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { resource, retry, reload } = useResource(`deliveries:${status}`, async () => {
    const query = status === '' ? { limit: 200 } : { status, limit: 200 };
    return (await api.call('listOutgoingCalls', { query })).data.items;
  });
  const resend = async (id: string) => {
    setRetrying(id);
    setMessage(null);
    try {
      await api.call('retryOutgoingCall', { params: { id } });
      setMessage('Queued again: it appears as a new entry at the top.');
      await reload();
    } catch (error) {
      setMessage(describeError(error));
    } finally {
      setRetrying(null);
    }
  };
  return (
    <div className="page delivery-log-page">
      <h1>Delivery log</h1>
      <p className="muted">
        Everything Aftermath sends out: notifications (Slack-compatible, webhooks, e-mail) and
        issue-tracker calls (filing an issue, reading its state back). Failed calls are retried with
        back-off; one that gave up can be sent again here.
      </p>
      <div className="toolbar">
        <label>
          Outcome{' '}
          <select
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            <option value="">any</option>
            <option value="queued">queued</option>
            <option value="running">running</option>
            <option value="done">done</option>
            <option value="failed">failed</option>
          </select>
        </label>{' '}
        <button type="button" onClick={() => void reload()}>
          Refresh
        </button>
      </div>
      {message !== null && (
        <p role="status" className="small">
          {message}
        </p>
      )}
      {resource.state === 'loading' && <Loading what="the delivery log" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the delivery log" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' &&
        (resource.value.length === 0 ? (
          <p className="empty-state">
            Nothing sent yet{status === '' ? '' : ` with outcome ${status}`}.
          </p>
        ) : (
          <DeliveryLogTable
            calls={resource.value}
            retrying={retrying}
            onRetry={(id) => void resend(id)}
          />
        ))}
    </div>
  );
}
