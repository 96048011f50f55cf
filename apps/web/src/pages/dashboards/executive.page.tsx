import { useResource } from '../../api/use-resource';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { DashboardTabs } from './dashboard-tabs';
import { CategoryCard, SloBudgetCard } from './executive-cards';
import { categoryWindowDays, loadExecutiveData, type ExecutiveData } from './executive-data';
import { FrequencyCard } from './frequency-card';
import { FollowThroughCards, RecurrenceCard, SloRateCards } from './metric-cards';
import { RemediationsCard } from './remediations-card';
import './dashboards.css';
import './dashboard-views.css';

/** `/dashboards/executive`: reliability at a glance for leaders, every figure with its n. */
export default function ExecutiveDashboardPage() {
  usePageTitle('Executive dashboard');
  const { resource, retry } = useResource('executive', () => loadExecutiveData());
  return (
    <section className="page dashboards">
      <div className="page-header">
        <h1>Executive dashboard</h1>
      </div>
      <DashboardTabs current="/dashboards/executive" />
      {resource.state === 'loading' && <Loading what="the executive dashboard" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the executive dashboard" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && <ExecutiveView data={resource.value} />}
    </section>
  );
}

function ExecutiveView({ data }: { data: ExecutiveData }) {
  const { metrics } = data;
  return (
    <>
      <h2 className="dashboard-section">SLOs and error budgets</h2>
      <div className="metric-grid">
        <SloBudgetCard slos={data.slos} />
        <SloRateCards metrics={metrics} />
      </div>
      <h2 className="dashboard-section">Incidents and what causes them</h2>
      <div className="metric-grid">
        <FrequencyCard frequency={metrics.frequency} />
        <CategoryCard
          title="Top triggers"
          facets={data.categories.trigger}
          since={data.categories.from}
          matched={data.categories.matched}
        />
        <CategoryCard
          title="Top root-cause categories"
          facets={data.categories.rootCause}
          since={data.categories.from}
          matched={data.categories.matched}
        />
      </div>
      <div className="metric-grid">
        <RecurringCard data={data} />
        <RecurrenceCard metrics={metrics} />
      </div>
      <h2 className="dashboard-section">Follow-through</h2>
      <div className="metric-grid">
        <FollowThroughCards metrics={metrics} />
      </div>
      <div className="metric-grid">
        <RemediationsCard remediations={data.remediations} />
      </div>
      <p className="muted small">
        Trigger and root-cause counts cover incidents started in the last {categoryWindowDays} days.
      </p>
    </>
  );
}

function RecurringCard({ data }: { data: ExecutiveData }) {
  return (
    <article className="card" aria-label="Top recurring incidents">
      <h2>Top recurring incidents</h2>
      <p className="muted small">
        Incidents marked as a recurrence, counted against the first occurrence; read from the{' '}
        {data.incidentsRead} newest of {data.incidentsTotal} incidents.
      </p>
      {data.recurring.length === 0 ? (
        <p className="muted">No incident is marked as a recurrence.</p>
      ) : (
        <ol className="recurring-list">
          {data.recurring.map((r) => (
            <li key={r.key}>
              <Link to={paths.incident(r.key)} className="mono">
                {r.key}
              </Link>{' '}
              {r.title}{' '}
              <span className="muted">
                · {r.recurrences} recurrence{r.recurrences === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
