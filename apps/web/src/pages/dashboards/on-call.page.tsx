import type { ChangeFeedItem } from '@aftermath/domain';
import { useResource } from '../../api/use-resource';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { IncidentTable } from '../incidents/incident-table';
import { DashboardTabs } from './dashboard-tabs';
import { changeWindows, loadOnCallData, readChangeWindow, type OnCallData } from './on-call-data';
import './dashboards.css';
import './dashboard-views.css';

/** `/dashboards/on-call`: what is burning now and what changed recently, linked to timelines. */
export default function OnCallDashboardPage({ search }: { search: URLSearchParams }) {
  usePageTitle('On-call dashboard');
  const window = readChangeWindow(search);
  const { resource, retry } = useResource(window, () => loadOnCallData(window));
  return (
    <section className="page dashboards">
      <div className="page-header">
        <h1>On-call dashboard</h1>
      </div>
      <DashboardTabs current="/dashboards/on-call" />
      {resource.state === 'loading' && <Loading what="the on-call dashboard" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the on-call dashboard" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <>
          <OpenIncidents data={resource.value} />
          <RecentChanges data={resource.value} window={window} />
        </>
      )}
    </section>
  );
}

function OpenIncidents({ data }: { data: OnCallData }) {
  return (
    <>
      <h2 className="dashboard-section">
        Open incidents <span className="muted small">({data.openTotal} open or mitigated)</span>
      </h2>
      {data.open.length === 0 ? (
        <p className="muted">Nothing open. Quiet shift.</p>
      ) : (
        <IncidentTable
          incidents={data.open}
          caption="Open incidents"
          linkFor={(key) => `${paths.incident(key)}#timeline`}
        />
      )}
    </>
  );
}

function RecentChanges({ data, window }: { data: OnCallData; window: string }) {
  return (
    <>
      <h2 className="dashboard-section">Recent deploys and changes</h2>
      <nav className="dashboard-tabs small" aria-label="Change window">
        {Object.keys(changeWindows).map((w) => (
          <Link
            key={w}
            to={`/dashboards/on-call?window=${w}`}
            aria-current={w === window ? 'page' : undefined}
          >
            Last {w}
          </Link>
        ))}
      </nav>
      <p className="muted small">
        {data.changes.length} deploy and change entr{data.changes.length === 1 ? 'y' : 'ies'} since{' '}
        {data.since.toISOString().slice(0, 16).replace('T', ' ')} UTC
        {data.changesTruncated && ' (the newest; more happened)'}, across every incident and the
        webhook deliveries no incident took.
      </p>
      {data.changes.length > 0 && (
        <ol className="change-list" aria-label="Recent changes">
          {data.changes.map((change) => (
            <ChangeItem
              key={change.entryId ?? `${change.deliveryId}-${change.at}`}
              change={change}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function ChangeItem({ change }: { change: ChangeFeedItem }) {
  return (
    <li>
      <time className="mono muted" dateTime={change.at}>
        {change.at.slice(0, 16).replace('T', ' ')}
      </time>{' '}
      <span className="change-kind">{change.category}</span>{' '}
      {change.service && (
        <Link to={paths.service(change.service)} className="mono">
          {change.service}
        </Link>
      )}{' '}
      {change.title}{' '}
      {change.incident ? (
        <Link to={`${paths.incident(change.incident.key)}#timeline`} className="muted">
          {change.incident.key} timeline
        </Link>
      ) : (
        <span className="muted">({change.source} delivery, no incident)</span>
      )}
    </li>
  );
}
