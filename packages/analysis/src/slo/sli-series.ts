import type { SliSample } from '@aftermath/domain';
import { percentileOfSorted } from '../metrics/percentile';

/**
 * One bucket of a downsampled SLI series, `start ≤ at < end` (UTC ISO). Ratio SLIs give the
 * error rate (bad ÷ total events, 0…1) over the bucket's samples; threshold SLIs give the
 * percentiles of the measured values (in the SLI's unit, e.g. seconds). `samples` is the number
 * of samples in the bucket and `events` the summed totals (null for threshold SLIs).
 *
 * @example
 * // { start: '…T10:00:00.000Z', end: '…T10:05:00.000Z', samples: 5, events: 5000,
 * //   errorRate: 0.012, p50: null, p90: null, p99: null }
 */
export interface SliBucket {
  start: string;
  end: string;
  samples: number;
  events: number | null;
  errorRate: number | null;
  p50: number | null;
  p90: number | null;
  p99: number | null;
}

/** What to bucket: `[from, to)` split into at most `maxPoints` equal buckets. */
export interface SliSeriesWindow {
  from: string;
  to: string;
  maxPoints: number;
  /** Which events a ratio SLI's `good`/`bad` field counts; null for a threshold SLI. */
  counts: 'good' | 'bad' | null;
}

/** Bad events of a ratio sample, from whichever of good and bad it carries; null when unknown. */
function badEvents(sample: SliSample): number | null {
  if (sample.total === null) return null;
  if (sample.bad !== null) return sample.bad;
  return sample.good === null ? null : Math.max(0, sample.total - sample.good);
}

/**
 * Downsamples SLI samples into at most `maxPoints` buckets over the window, so a chart gets a
 * bounded number of points however dense the data. Empty buckets are kept with `samples: 0`
 * and null figures, so gaps in the data show as gaps.
 *
 * @example
 * bucketSliSeries(samples, { from, to, maxPoints: 120, counts: 'good' })[0]?.errorRate; // 0.004
 */
export function bucketSliSeries(
  samples: Iterable<SliSample>,
  window: SliSeriesWindow,
): SliBucket[] {
  const fromMs = Date.parse(window.from);
  const span = Date.parse(window.to) - fromMs;
  const count = Math.max(1, Math.min(window.maxPoints, Math.ceil(span / 1000)));
  const width = span / count;
  const groups: SliSample[][] = Array.from({ length: count }, () => []);
  for (const sample of samples) {
    const index = Math.floor((Date.parse(sample.at) - fromMs) / width);
    if (index >= 0 && index < count) groups[index]?.push(sample);
  }
  return groups.map((group, index) => ({
    start: new Date(fromMs + index * width).toISOString(),
    end: new Date(fromMs + (index + 1) * width).toISOString(),
    ...summarize(group, window.counts),
  }));
}

function summarize(group: SliSample[], counts: SliSeriesWindow['counts']) {
  const none = { p50: null, p90: null, p99: null };
  if (counts !== null) {
    let bad = 0;
    let events = 0;
    for (const sample of group) {
      const b = badEvents(sample);
      if (b === null || sample.total === null) continue;
      bad += b;
      events += sample.total;
    }
    return { samples: group.length, events, errorRate: events > 0 ? bad / events : null, ...none };
  }
  const values = group
    .map((sample) => sample.value)
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b);
  return {
    samples: group.length,
    events: null,
    errorRate: null,
    p50: percentileOfSorted(values, 0.5),
    p90: percentileOfSorted(values, 0.9),
    p99: percentileOfSorted(values, 0.99),
  };
}
