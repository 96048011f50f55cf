import { HealthTrendChart } from './health-trend-chart';
import { formatHealthValue, type HealthSignalBody } from './health-types';

const statusText = { ok: 'OK', warn: 'Warning', alert: 'Alert', no_data: 'No data' } as const;

/** One signal: its failure mode, status, value with n, limits, meaning and weekly trend. */
export function HealthSignalCard({ signal, mode }: { signal: HealthSignalBody; mode: string }) {
  const value = (v: number) => formatHealthValue(signal.unit, v);
  const past = signal.direction === 'higher_is_worse' ? 'above' : 'below';
  return (
    <article className={`card health-card health-${signal.status}`} aria-label={signal.title}>
      <p className="health-mode">{mode}</p>
      <h2>{signal.title}</h2>
      <p className="health-figure">
        <span className={`health-status health-status-${signal.status}`}>
          {statusText[signal.status]}
        </span>{' '}
        <span className="metric-main">{formatHealthValue(signal.unit, signal.value)}</span>
      </p>
      <p className="muted small">
        n = {signal.n} {signal.nUnit} · warn {past} {value(signal.threshold.warn)}, alert {past}{' '}
        {value(signal.threshold.alert)}
      </p>
      <HealthTrendChart signal={signal} />
      <p className="muted small">{signal.description}</p>
    </article>
  );
}
