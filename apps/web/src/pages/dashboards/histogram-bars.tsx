import type { HistogramBucket as Bucket } from './metrics-types';

/**
 * A histogram as plain bars (no chart library): one column per bucket, labelled with its range,
 * the count above each bar, and the y axis in incidents.
 */
export function HistogramBars({ buckets, label }: { buckets: Bucket[]; label: string }) {
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  return (
    <figure className="histogram" aria-label={label}>
      <div className="histogram-bars">
        {buckets.map((bucket) => (
          <div
            key={bucket.label}
            className="histogram-column"
            title={`${bucket.label}: ${bucket.count}`}
          >
            <span className="histogram-count">{bucket.count > 0 ? bucket.count : ''}</span>
            <span className="histogram-bar" style={{ height: `${(bucket.count / max) * 100}%` }} />
            <span className="histogram-label">{bucket.label}</span>
          </div>
        ))}
      </div>
      <figcaption className="muted small">
        Incidents per duration range (bars scaled to the largest, {max})
      </figcaption>
    </figure>
  );
}
