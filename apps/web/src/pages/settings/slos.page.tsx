import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { formatPercent, type SloWithStatus } from './slos/slo-types';

const alertLabel = { ok: 'OK', ticket: 'Ticket', page: 'Page' } as const;

function BudgetLeft({ item }: { item: SloWithStatus }) {
  const first = item.status[0];
  if (!first || first.budget.total === 0) return <span className="muted">no SLI data yet</span>;
  return <>{formatPercent(first.budget.remaining)} % left</>;
}

/** `/settings/slos`: every SLO with its target, window, budget left and alert state. */
export default function SlosSettingsPage() {
  usePageTitle('SLOs');
  const { resource, retry } = useResource('slos', async () => {
    const { data } = await api.call('listSlos', {});
    return data.items;
  });
  return (
    <section className="page">
      <div className="page-header">
        <h1>SLOs</h1>
        <Link to={paths.sloEditor()} className="button primary">
          New SLO
        </Link>
      </div>
      <p className="muted">
        Service level objectives and their error budgets. Define one here, or import OpenSLO v1 YAML
        with <code>aftermath slo import FILE</code>; open one to edit it or to pull its SLI from
        Prometheus.
      </p>
      {resource.state === 'loading' && <Loading what="SLOs" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the SLOs" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' &&
        (resource.value.length === 0 ? (
          <div className="card empty-inline">
            <p>
              No SLOs yet. <Link to={paths.sloEditor()}>Define the first one</Link>, e.g. 99.9 % of
              checkout requests succeed over 28 days.
            </p>
          </div>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">SLOs</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Service</th>
                  <th scope="col">Target</th>
                  <th scope="col">Window</th>
                  <th scope="col">Error budget</th>
                  <th scope="col">Alert</th>
                </tr>
              </thead>
              <tbody>
                {resource.value.map((item) => (
                  <tr key={item.definition.name}>
                    <td className="mono">
                      <Link to={paths.sloEditor(item.definition.name)}>{item.definition.name}</Link>
                    </td>
                    <td>
                      <Link to={paths.service(item.definition.service)}>
                        {item.definition.service}
                      </Link>
                    </td>
                    <td>
                      {item.definition.objectives
                        .map((objective) => `${formatPercent(objective.target)} %`)
                        .join(', ')}
                    </td>
                    <td>
                      {item.definition.window.duration} {item.definition.window.kind}
                    </td>
                    <td>
                      <BudgetLeft item={item} />
                    </td>
                    <td>{alertLabel[item.status[0]?.alert ?? 'ok']}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
