import type { DurationMetric } from './metrics-types';
import { formatDuration } from './format-metric';
import { HistogramBars } from './histogram-bars';

/**
 * One duration metric: n first, median and p90 large, the mean small beside them, the excluded
 * count, a warning when the sample is small, and the distribution.
 */
export function DurationCard({
  title,
  definition,
  metric,
  excludedBecause = 'a milestone is missing',
}: {
  title: string;
  definition: string;
  metric: DurationMetric;
  /** Why incidents are left out of this metric, for the "N left out" line. */
  excludedBecause?: string;
}) {
  return (
    <article className="card metric-card" aria-label={title}>
      <header className="card-header">
        <h2>{title}</h2>
        <p className="muted small">{definition}</p>
      </header>
      <dl className="metric-figures">
        <div>
          <dt>n</dt>
          <dd data-testid={`${title}-n`}>{metric.n}</dd>
        </div>
        <div>
          <dt>median</dt>
          <dd className="metric-main">{formatDuration(metric.median)}</dd>
        </div>
        <div>
          <dt>p90</dt>
          <dd className="metric-main">{formatDuration(metric.p90)}</dd>
        </div>
        <div className="metric-aside">
          <dt>mean</dt>
          <dd>{formatDuration(metric.mean)}</dd>
        </div>
      </dl>
      {metric.n > 0 && metric.smallSample && (
        <p className="notice notice-warning small" role="note">
          Small sample: only {metric.n} incident{metric.n === 1 ? '' : 's'}. One unusual incident
          moves these figures a lot.
        </p>
      )}
      {metric.n === 0 && <p className="muted">No incident in scope has both milestones.</p>}
      {metric.excluded > 0 && (
        <p className="muted small">
          {metric.excluded} incident{metric.excluded === 1 ? '' : 's'} left out: {excludedBecause}.
        </p>
      )}
      {metric.n > 0 && <HistogramBars buckets={metric.histogram} label={`${title} distribution`} />}
    </article>
  );
}
