import { useCallback } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { navigate } from '../../router/router';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { DashboardFilters } from './dashboard-filters';
import { DashboardTabs } from './dashboard-tabs';
import {
  readDashboardFilters,
  toMetricsQuery,
  writeDashboardFilters,
  type DashboardFilters as Filters,
} from './dashboard-query';
import { DurationCard } from './duration-card';
import { FrequencyCard } from './frequency-card';
import { FollowThroughCards, RecurrenceCard, SloRateCards } from './metric-cards';
import type { IncidentMetricsBody } from './metrics-types';
import { RateCard } from './rate-card';
import './dashboards.css';
import './dashboard-views.css';

function dashboardPath(filters: Filters): string {
  const search = writeDashboardFilters(filters).toString();
  return search === '' ? '/dashboards' : `/dashboards?${search}`;
}

/** `/dashboards`: incident metrics M1–M10 with their sample sizes, filtered from the URL. */
export default function DashboardsPage({ search }: { search: URLSearchParams }) {
  usePageTitle('Dashboards');
  const filters = readDashboardFilters(search);
  const key = writeDashboardFilters(filters).toString();
  const { resource, retry } = useResource(key, async () => {
    const { data } = await api.call('getMetrics', { query: toMetricsQuery(filters) });
    return data;
  });
  const apply = useCallback(
    (next: Filters) => navigate(dashboardPath(next), { replace: true }),
    [],
  );
  return (
    <section className="page dashboards">
      <div className="page-header">
        <h1>Reliability dashboard</h1>
      </div>
      <DashboardTabs current="/dashboards" />
      <DashboardFilters key={key} filters={filters} onChange={apply} />
      {resource.state === 'loading' && <Loading what="metrics" />}
      {resource.state === 'failed' && (
        <LoadFailed what="metrics" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && <MetricsView metrics={resource.value} />}
    </section>
  );
}

function MetricsView({ metrics }: { metrics: IncidentMetricsBody }) {
  return (
    <>
      <p className="muted">
        {metrics.incidents} incident{metrics.incidents === 1 ? '' : 's'} in scope. Durations show
        the sample size, median and 90th percentile; the mean is shown beside them only.
      </p>
      <h2 className="dashboard-section">Time to detect, acknowledge, mitigate and resolve</h2>
      <div className="metric-grid">
        <DurationCard title="MTTR" definition="impact start → resolved" metric={metrics.mttr} />
        <DurationCard title="MTTM" definition="impact start → mitigated" metric={metrics.mttm} />
        <DurationCard title="MTTD" definition="impact start → detected" metric={metrics.mttd} />
        <DurationCard title="MTTA" definition="detected → acknowledged" metric={metrics.mtta} />
      </div>
      <h2 className="dashboard-section">How often, and does it come back</h2>
      <div className="metric-grid">
        <FrequencyCard frequency={metrics.frequency} />
        <RecurrenceCard metrics={metrics} />
      </div>
      <h2 className="dashboard-section">Learning and follow-through</h2>
      <div className="metric-grid">
        <FollowThroughCards metrics={metrics} />
        <RateCard
          title="RCA completeness"
          unit="checklist items"
          metric={metrics.rcaCompleteness}
        />
      </div>
      <h2 className="dashboard-section">SLOs and telemetry</h2>
      <div className="metric-grid rates">
        <SloRateCards metrics={metrics} />
        <RateCard
          title="Evidence from ≥ 2 source kinds, no gaps"
          unit="incidents"
          metric={metrics.telemetryCoverage.multiSourceNoGaps}
        />
        <RateCard
          title="Log and trace entries with a trace id"
          unit="entries"
          metric={metrics.telemetryCoverage.traceIds}
        />
      </div>
    </>
  );
}
