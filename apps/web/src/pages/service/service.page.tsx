import { useResource } from '../../api/use-resource';
import { formatCalendarDate } from '../../lib/datetime';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { IncidentTable } from '../incidents/incident-table';
import { loadServiceOverview, type ServiceOverview, type ServiceSlo } from './service-data';
import './service.css';
import { TableHead } from '../../ui/table-head';

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(fraction >= 0.99 && fraction < 1 ? 2 : 1)} %`;
}

function SloRow({ slo }: { slo: ServiceSlo }) {
  return (
    <tr>
      <th scope="row">{slo.name}</th>
      <td className="nowrap">{Number.isNaN(slo.target) ? '—' : percent(slo.target)}</td>
      <td className="nowrap">
        {slo.remaining === null ? <span className="muted">no data</span> : percent(slo.remaining)}
      </td>
      <td>{slo.alert ?? <span className="muted">—</span>}</td>
    </tr>
  );
}

function SlosCard({ slos }: { slos: ServiceSlo[] }) {
  return (
    <section className="card" aria-labelledby="service-slos">
      <h2 id="service-slos">SLOs</h2>
      {slos.length === 0 ? (
        <p className="muted">
          No SLO measures this service yet. Import OpenSLO definitions to add one.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <TableHead columns={['SLO', 'Target', 'Budget left', 'Alert']} />
            <tbody>
              {slos.map((slo) => (
                <SloRow key={slo.name} slo={slo} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ActionsCard({ actions }: { actions: ServiceOverview['actions'] }) {
  return (
    <section className="card" aria-labelledby="service-actions">
      <h2 id="service-actions">Open action items ({actions.total})</h2>
      {actions.items.length === 0 ? (
        <p className="muted">No open action items for this service.</p>
      ) : (
        <ul className="service-actions">
          {actions.items.map((action) => (
            <li key={action.id}>
              <Link to={paths.incident(action.incident.key)} className="mono">
                {action.incident.key}
              </Link>{' '}
              {action.title}
              <span className="muted small block">
                {action.owner ?? 'no owner'}
                {action.dueDate && ` · due ${formatCalendarDate(action.dueDate)}`}
                {action.daysOverdue !== null && (
                  <strong className="warning-text"> · {action.daysOverdue} days overdue</strong>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `/services/:name`: a service with its recent incidents, its SLOs and its open action items. */
export default function ServicePage({ name }: { name: string }) {
  usePageTitle(name);
  const { resource, retry } = useResource(name, () => loadServiceOverview(name));
  if (resource.state === 'loading') return <Loading what={name} />;
  if (resource.state === 'failed') {
    return <LoadFailed what={`the service ${name}`} error={resource.error} onRetry={retry} />;
  }
  const { service, incidents, slos, actions } = resource.value;
  const allIncidents = paths.incidents(new URLSearchParams({ service: name }));
  return (
    <section className="page service-page">
      <p className="breadcrumb">Services / {name}</p>
      <div className="page-header">
        <h1>{name}</h1>
      </div>
      {service === null ? (
        <p className="muted">
          Not registered as a service yet: incidents name it, but it has no team or tier.
        </p>
      ) : (
        <dl className="facts">
          <div>
            <dt>Team</dt>
            <dd>{service.team ?? <span className="muted">none</span>}</dd>
          </div>
          <div>
            <dt>Tier</dt>
            <dd>{service.tier ?? <span className="muted">not set</span>}</dd>
          </div>
          {service.description && (
            <div className="facts-wide">
              <dt>About</dt>
              <dd>{service.description}</dd>
            </div>
          )}
        </dl>
      )}
      <section className="card" aria-labelledby="service-incidents">
        <h2 id="service-incidents">Incidents ({incidents.total})</h2>
        {incidents.items.length === 0 ? (
          <p className="muted">No incident has affected this service.</p>
        ) : (
          <>
            <IncidentTable incidents={incidents.items} caption={`Incidents of ${name}`} />
            {incidents.total > incidents.items.length && (
              <Link to={allIncidents}>
                All {incidents.total} incidents of {name}
              </Link>
            )}
          </>
        )}
      </section>
      <div className="service-columns">
        <SlosCard slos={slos} />
        <ActionsCard actions={actions} />
      </div>
    </section>
  );
}
