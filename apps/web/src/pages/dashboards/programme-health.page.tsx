import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { DashboardTabs } from './dashboard-tabs';
import { HealthSignalCard } from './health-signal-card';
import type { HealthSignalBody, ProgrammeHealthBody } from './health-types';
import './dashboards.css';
import './programme-health.css';

const modes: { id: HealthSignalBody['failureMode']; title: string }[] = [
  { id: 'missing_telemetry', title: 'Missing telemetry' },
  { id: 'blame_culture', title: 'Blame culture' },
  { id: 'action_drift', title: 'Action drift' },
  { id: 'over_reporting', title: 'Over-reporting' },
  { id: 'security_blockage', title: 'Security blockage' },
  { id: 'false_rca', title: 'False root causes' },
];

/** `/dashboards/programme-health`: how the postmortem practice itself is doing, with trends. */
export default function ProgrammeHealthPage() {
  usePageTitle('Programme health');
  const { resource, retry } = useResource('programme-health', () =>
    api.call('getProgrammeHealth', {}).then((r) => r.data),
  );
  return (
    <section className="page dashboards">
      <div className="page-header">
        <h1>Programme health</h1>
      </div>
      <DashboardTabs current="/dashboards/programme-health" />
      {resource.state === 'loading' && <Loading what="programme health" />}
      {resource.state === 'failed' && (
        <LoadFailed what="programme health" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && <HealthView health={resource.value} />}
    </section>
  );
}

function HealthView({ health }: { health: ProgrammeHealthBody }) {
  const alerts = health.signals.filter((s) => s.status === 'alert').length;
  const warnings = health.signals.filter((s) => s.status === 'warn').length;
  return (
    <>
      <p className="muted">
        The last {health.periods.length} weeks from {health.periods[0]}: {alerts} signal
        {alerts === 1 ? '' : 's'} at alert, {warnings} at warning. Limits come from the decision
        policy (programmeHealth); restricted incidents count only if you may read them.
      </p>
      <p className="muted small health-legend">
        <span>
          <span className="health-legend-bar" />
          value per week (weeks start Monday, UTC; n per week under the date)
        </span>
        <span>
          <span className="health-legend-line" />
          warn limit
        </span>
        <span>
          <span className="health-legend-line alert" />
          alert limit
        </span>
      </p>
      <div className="metric-grid">
        {modes.flatMap((mode) =>
          health.signals
            .filter((s) => s.failureMode === mode.id)
            .map((signal) => (
              <HealthSignalCard key={signal.id} signal={signal} mode={mode.title} />
            )),
        )}
      </div>
    </>
  );
}
