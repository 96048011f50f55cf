import type { ReactNode } from 'react';
import type { RateMetric } from './metrics-types';
import { formatShare } from './format-metric';

/** A share with what it counts (`31 of 40`), or "no data" with the reason, never a made-up 0 %. */
export function RateCard({
  title,
  unit,
  metric,
  describe,
  children,
}: {
  title: string;
  /** What `n` counts, e.g. "actions due". */
  unit: string;
  metric: RateMetric;
  /** The line under the figure when "count of n unit" would mislead (a mean, not a share). */
  describe?: (metric: RateMetric) => string;
  /** A breakdown shown under the figure. */
  children?: ReactNode;
}) {
  return (
    <article className="card rate-card" aria-label={title}>
      <h2>{title}</h2>
      {metric.rate === null ? (
        <p className="rate-empty">
          <span className="metric-main">No data</span>
          <span className="muted small block">{metric.reason}</span>
        </p>
      ) : (
        <>
          <p className="metric-main">{formatShare(metric.rate)}</p>
          <div className="rate-bar" aria-hidden="true">
            <span style={{ width: `${Math.min(100, metric.rate * 100)}%` }} />
          </div>
          <p className="muted small">
            {describe !== undefined
              ? describe(metric)
              : `${Number.isInteger(metric.count) ? metric.count : metric.count.toFixed(1)} of ${metric.n} ${unit}`}
          </p>
        </>
      )}
      {metric.excluded > 0 && (
        <p className="muted small">{metric.excluded} left out (see docs/metrics.md)</p>
      )}
      {children}
    </article>
  );
}
