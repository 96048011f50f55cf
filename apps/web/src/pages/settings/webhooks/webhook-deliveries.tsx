import { formatDateTime } from '../../../lib/datetime';
import { Link } from '../../../router/router';
import { paths } from '../../../router/routes';
import { rawDeliveryUrl, type Delivery } from './webhook-types';
import { TableHead } from '../../../ui/table-head';

/** The recent deliveries: what happened to each, why, and its body as received. */
export function WebhookDeliveries({
  deliveries,
  onRefresh,
}: {
  deliveries: Delivery[];
  onRefresh: () => void;
}) {
  return (
    <section aria-labelledby="webhook-deliveries-title" className="settings-section">
      <h2 id="webhook-deliveries-title">Recent deliveries</h2>
      <button type="button" onClick={onRefresh}>
        Refresh deliveries
      </button>
      {deliveries.length === 0 ? (
        <p className="empty-state">
          No deliveries yet. Point a sender at <code>/api/v1/webhooks/&lt;source&gt;</code> with the
          source&apos;s secret (docs/webhooks.md shows Alertmanager, GitHub and PagerDuty).
        </p>
      ) : (
        <table className="table webhook-deliveries">
          <TableHead columns={['Received', 'Source', 'Outcome', 'Incident', 'Why', 'Body']} />
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id} data-delivery={delivery.id}>
                <td>{formatDateTime(delivery.receivedAt)}</td>
                <td>{delivery.source}</td>
                <td>
                  <span className={`outcome outcome-${delivery.outcome}`}>{delivery.outcome}</span>
                </td>
                <td>
                  {delivery.incidentKey ? (
                    <Link to={paths.incident(delivery.incidentKey)}>{delivery.incidentKey}</Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{delivery.reason}</td>
                <td>
                  <a href={rawDeliveryUrl(delivery.id)} download>
                    Raw body<span className="visually-hidden"> of delivery {delivery.id}</span>
                  </a>{' '}
                  <span className="muted small">({delivery.bytes.toLocaleString()} bytes)</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
