import { BarListChart, type BarRow } from './bar-list-chart';
import type { SloStatusBody } from './executive-data';

const percent = (v: number) => `${Math.round(v * 100)} %`;

/** Error budget remaining per SLO objective on a −100 %…100 % axis, coloured by alert state. */
export function SloBudgetCard({ slos }: { slos: SloStatusBody[] }) {
  const rows: BarRow[] = slos.map((s) => ({
    label: s.name,
    value: s.budget.remaining,
    note: `${percent(s.budget.remaining)} left · target ${(s.target * 100).toFixed(2)} %`,
    tone:
      s.alert === 'page' ? 'bad' : s.alert === 'ticket' || s.budget.remaining < 0 ? 'warn' : 'ok',
  }));
  const overspent = slos.some((s) => s.budget.remaining < 0);
  return (
    <article className="card wide-card" aria-label="Error budget remaining">
      <h2>Error budget remaining</h2>
      <p className="muted small">
        n = {slos.length} SLO objective{slos.length === 1 ? '' : 's'}; bars below 0 are overspent
        {slos.some((s) => s.budget.remaining < -1) && ' (clipped at −100 %)'}.
      </p>
      {rows.length === 0 ? (
        <p className="muted">No SLO defined yet: import OpenSLO documents to see budgets.</p>
      ) : (
        <BarListChart
          rows={rows}
          unit="share of the error budget left"
          min={overspent ? -1 : 0}
          max={1}
          format={percent}
          label={`Error budget remaining for ${rows.length} SLO objectives`}
        />
      )}
    </article>
  );
}

/** Incidents per facet value (trigger or root-cause category) since `since`. */
export function CategoryCard({
  title,
  facets,
  since,
  matched,
}: {
  title: string;
  facets: { value: string; count: number }[];
  since: string;
  matched: number;
}) {
  const rows = facets.slice(0, 8).map((f) => ({ label: f.value, value: f.count }));
  return (
    <article className="card" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted small">
        n = {matched} incident{matched === 1 ? '' : 's'} since {since}
      </p>
      {rows.length === 0 ? (
        <p className="muted">No incident in this window has one recorded.</p>
      ) : (
        <BarListChart rows={rows} unit="incidents" label={`${title} since ${since}`} />
      )}
    </article>
  );
}
