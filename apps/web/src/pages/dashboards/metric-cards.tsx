import { DurationCard } from './duration-card';
import type { IncidentMetricsBody } from './metrics-types';
import { formatShare } from './format-metric';
import { RateCard } from './rate-card';
import { TableHead } from '../../ui/table-head';

const priorities = ['P0', 'P1', 'P2', 'P3'] as const;

/** Closure by due date per priority: a P0 left open weighs more than the overall share shows. */
function ClosureByPriority({
  byPriority,
}: {
  byPriority: IncidentMetricsBody['actionClosureByPriority'];
}) {
  return (
    <table className="closure-by-priority" aria-label="Actions closed by due date per priority">
      <TableHead columns={['Priority', 'Closed by due date', 'n (due)']} />
      <tbody>
        {priorities.map((priority) => {
          const metric = byPriority[priority];
          return (
            <tr key={priority}>
              <th scope="row">{priority}</th>
              <td>{metric.rate === null ? 'no action due' : formatShare(metric.rate)}</td>
              <td>{metric.rate === null ? 0 : `${metric.count} of ${metric.n}`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

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
      >
        <ClosureByPriority byPriority={metrics.actionClosureByPriority} />
      </RateCard>
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
