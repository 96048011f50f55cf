import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import type { IncidentMetricsBody, PeriodCount } from './metrics-types';

/** Incidents per month as an SVG column chart with a labelled y axis, and the busiest services. */
export function FrequencyCard({ frequency }: { frequency: IncidentMetricsBody['frequency'] }) {
  const months = frequency.perMonth.slice(-24);
  const total = frequency.perMonth.reduce((sum, p) => sum + p.count, 0);
  return (
    <article className="card frequency-card" aria-label="Incident frequency">
      <header className="card-header">
        <h2>Incident frequency</h2>
        <p className="muted small">
          {total} incident{total === 1 ? '' : 's'} by month of impact start
          {frequency.excluded > 0 && ` · ${frequency.excluded} without impact start not placed`}
        </p>
      </header>
      {months.length === 0 ? (
        <p className="muted">No incident in scope has an impact start.</p>
      ) : (
        <MonthChart months={months} />
      )}
      <h3 className="small">Per service</h3>
      <ol className="service-counts">
        {frequency.perService.slice(0, 8).map((s) => (
          <li key={s.service}>
            <Link to={paths.service(s.service)} className="mono">
              {s.service}
            </Link>{' '}
            <span className="muted">{s.count}</span>
          </li>
        ))}
      </ol>
    </article>
  );
}

const height = 120;
const columnWidth = 28;

function MonthChart({ months }: { months: PeriodCount[] }) {
  const max = Math.max(1, ...months.map((m) => m.count));
  const width = 32 + months.length * columnWidth;
  return (
    <svg
      className="month-chart"
      viewBox={`0 0 ${width} ${height + 34}`}
      role="img"
      aria-label={`Incidents per month, ${months[0]?.period} to ${months.at(-1)?.period}`}
    >
      <text x="0" y="10" className="axis-label">
        {max}
      </text>
      <text x="0" y={height} className="axis-label">
        0
      </text>
      <line x1="28" x2={width} y1={height} y2={height} className="axis" />
      {months.map((month, index) => {
        const barHeight = (month.count / max) * (height - 14);
        const x = 32 + index * columnWidth;
        return (
          <g key={month.period}>
            <title>{`${month.period}: ${month.count}`}</title>
            <rect
              x={x}
              y={height - barHeight}
              width={columnWidth - 6}
              height={barHeight}
              className="bar"
            />
            {month.count > 0 && (
              <text x={x + (columnWidth - 6) / 2} y={height - barHeight - 3} className="bar-value">
                {month.count}
              </text>
            )}
            <text x={x + (columnWidth - 6) / 2} y={height + 14} className="axis-label tick">
              {month.period.slice(5)}
            </text>
            {(index === 0 || month.period.endsWith('-01')) && (
              <text x={x} y={height + 28} className="axis-label">
                {month.period.slice(0, 4)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
