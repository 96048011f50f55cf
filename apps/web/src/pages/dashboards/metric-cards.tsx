import { DurationCard } from './duration-card';
import type { IncidentMetricsBody } from './metrics-types';
import { RateCard } from './rate-card';

/** Follow-through: postmortem lag (M8) and actions closed by their due date. */
export function FollowThroughCards({ metrics }: { metrics: IncidentMetricsBody }) {
  return (
    <>
      <DurationCard
        title="Postmortem lag"
        definition="resolved → postmortem published"
        metric={metrics.postmortemLag}
        excludedBecause="not resolved, or the postmortem is not published"
      />
      <RateCard
        title="Actions closed by due date"
        unit="actions due"
        metric={metrics.actionClosure}
      />
    </>
  );
}

/** Recurrence within 90 days (M6). */
export function RecurrenceCard({ metrics }: { metrics: IncidentMetricsBody }) {
  return (
    <RateCard
      title="Recurrence within 90 days"
      unit="incidents old enough to judge"
      metric={metrics.recurrence}
    />
  );
}

/** SLO compliance and error-budget burn (M9, M10). */
export function SloRateCards({ metrics }: { metrics: IncidentMetricsBody }) {
  return (
    <>
      <RateCard title="SLO compliance" unit="SLOs" metric={metrics.sloCompliance} />
      <RateCard
        title="Error budget burned"
        unit="SLOs"
        metric={metrics.errorBudgetBurn}
        describe={(metric) =>
          `mean share of the budget spent, over ${metric.n} SLO${metric.n === 1 ? '' : 's'}`
        }
      />
    </>
  );
}
