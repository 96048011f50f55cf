import { useResource } from '../../api/use-resource';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { loadDebugData, type DebugData } from './debug-data';
import { SliChart } from './sli-chart';
import '../dashboards/dashboard-views.css';
import './incident-debug.css';

const paddings = [30, 60, 240] as const;

function readPadding(search: URLSearchParams): number {
  const value = Number(search.get('padding'));
  return (paddings as readonly number[]).includes(value) ? value : 60;
}

/**
 * `/incidents/{key}/debug`: the SLI of the SLOs on the incident's services around its window,
 * with the timeline's milestones and suspect changes drawn on each chart.
 */
export default function IncidentDebugPage({
  incidentKey,
  search,
}: {
  incidentKey: string;
  search: URLSearchParams;
}) {
  usePageTitle(`${incidentKey} debug view`);
  const padding = readPadding(search);
  const { resource, retry } = useResource(`${incidentKey}-${padding}`, () =>
    loadDebugData(incidentKey, padding),
  );
  return (
    <section className="page incident-debug">
      <div className="page-header">
        <h1>
          <Link to={paths.incident(incidentKey)}>{incidentKey}</Link> debug view
        </h1>
      </div>
      <nav className="dashboard-tabs small" aria-label="Padding">
        {paddings.map((p) => (
          <Link
            key={p}
            to={`${paths.incidentDebug(incidentKey)}?padding=${p}`}
            aria-current={p === padding ? 'page' : undefined}
          >
            ±{p >= 60 ? `${p / 60} h` : `${p} min`}
          </Link>
        ))}
      </nav>
      {resource.state === 'loading' && <Loading what="the SLI data" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the SLI data" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && <DebugView data={resource.value} />}
    </section>
  );
}

function DebugView({ data }: { data: DebugData }) {
  const { series, markers } = data;
  const window = `${series.from.slice(0, 16).replace('T', ' ')} – ${series.to.slice(0, 16).replace('T', ' ')} UTC`;
  if (series.series.length === 0) {
    return (
      <div className="card empty-sli" role="status">
        <h2>No SLI data for this incident’s services</h2>
        <p>
          The chart needs an SLO on one of the incident’s services and SLI samples around {window}.
          Define the SLO (<code>aftermath slo import slo.yaml</code>, OpenSLO v1), then connect its
          data: upload samples with <code>aftermath sli import SLO FILE</code> (CSV or Prometheus
          range-query JSON), or set a Prometheus source so Aftermath polls <code>query_range</code>{' '}
          on a schedule (see docs/slo.md).
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="muted small">
        {window}; {series.series.length} SLO{series.series.length === 1 ? '' : 's'} on the
        incident’s services, {markers.filter((m) => m.kind === 'suspect').length} suspect change(s).
      </p>
      {series.series.map((s) => (
        <article key={s.slo} className="card" aria-label={`SLI ${s.slo}`}>
          <h2>{s.slo}</h2>
          {s.samples === 0 ? (
            <p className="muted">
              No sample in this window: upload some with{' '}
              <code>aftermath sli import {s.slo} FILE</code> or check the SLO’s Prometheus source.
            </p>
          ) : (
            <SliChart series={s} from={series.from} to={series.to} markers={markers} />
          )}
        </article>
      ))}
    </>
  );
}
