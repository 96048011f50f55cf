/**
 * Lower edges of the duration histogram's buckets, in seconds: 0, 5 min, 15 min, 30 min, 1 h, 2 h,
 * 4 h, 8 h, 1 d, 3 d, 7 d. Each bucket holds durations from its edge up to (not including) the next
 * edge; the last one is open-ended. Roughly doubling widths keep minutes-long and days-long
 * incidents readable on one chart.
 */
export const durationBucketEdges: readonly number[] = [
  0, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400, 259_200, 604_800,
];

/**
 * One histogram bucket: durations `fromSeconds ≤ d < toSeconds` (`toSeconds` null = no upper edge).
 *
 * @example
 * { fromSeconds: 300, toSeconds: 900, label: '5m–15m', count: 4 }
 */
export interface HistogramBucket {
  fromSeconds: number;
  toSeconds: number | null;
  /** Short human label of the range, e.g. `1h–2h` or `≥ 7d`. */
  label: string;
  count: number;
}

/** `formatSpanShort(5400)` is `1.5h`: the unit that keeps the number short. */
function formatSpanShort(seconds: number): string {
  if (seconds === 0) return '0';
  if (seconds < 3600) return `${seconds / 60}m`;
  if (seconds < 86_400) return `${seconds / 3600}h`;
  return `${seconds / 86_400}d`;
}

/**
 * Counts durations (seconds, ≥ 0) into the {@link durationBucketEdges} buckets. Every bucket is
 * listed, empty ones too, so charts keep a fixed axis.
 *
 * @example
 * buildDurationHistogram([60, 400, 4000])[0]; // { fromSeconds: 0, toSeconds: 300, label: '0–5m', count: 1 }
 */
export function buildDurationHistogram(durations: readonly number[]): HistogramBucket[] {
  const buckets = durationBucketEdges.map((from, index) => {
    const to = durationBucketEdges[index + 1] ?? null;
    const label =
      to === null
        ? `≥ ${formatSpanShort(from)}`
        : `${formatSpanShort(from)}–${formatSpanShort(to)}`;
    return { fromSeconds: from, toSeconds: to, label, count: 0 };
  });
  for (const duration of durations) {
    let index = buckets.length - 1;
    while (index > 0 && duration < (buckets[index] as HistogramBucket).fromSeconds) index -= 1;
    (buckets[index] as HistogramBucket).count += 1;
  }
  return buckets;
}

/**
 * The histogram with counts already made (a database counted them), one per bucket in
 * {@link durationBucketEdges} order; a missing count is 0.
 *
 * @example
 * histogramFromCounts([3, 1])[1]; // { fromSeconds: 300, toSeconds: 900, label: '5m–15m', count: 1 }
 */
export function histogramFromCounts(counts: readonly number[]): HistogramBucket[] {
  return buildDurationHistogram([]).map((bucket, index) => ({
    ...bucket,
    count: counts[index] ?? 0,
  }));
}
