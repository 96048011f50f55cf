import { buildDurationHistogram, type HistogramBucket } from './histogram';
import { meanOf, percentileOfSorted } from './percentile';

/**
 * Below this many measured incidents a duration metric carries `smallSample: true`: with fewer
 * than 10 values the p90 is an interpolation between the two largest, and one odd incident moves
 * the median a lot.
 */
export const smallSampleThreshold = 10;

/**
 * A duration metric (MTTR, MTTD, MTTA, MTTM, postmortem lag) in seconds: the sample size first,
 * then median and p90, the mean only beside them, and the distribution. Statistics are null when
 * `n` is 0. `excluded` counts incidents in scope that lack one of the two milestones (or whose
 * second milestone is before the first).
 *
 * @example
 * { n: 3, median: 1800, p90: 5040, mean: 2600, excluded: 1, smallSample: true, histogram: [...] }
 */
export interface DurationMetric {
  n: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
  excluded: number;
  smallSample: boolean;
  histogram: HistogramBucket[];
}

/**
 * Summarises durations in seconds (any order) into a {@link DurationMetric}; percentiles by
 * linear interpolation (see `percentileOfSorted`), statistics rounded to the millisecond.
 *
 * @example
 * summarizeDurations([600, 1800, 5400], 1).median; // 1800
 */
export function summarizeDurations(durations: readonly number[], excluded: number): DurationMetric {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: toMillisecond(percentileOfSorted(sorted, 0.5)),
    p90: toMillisecond(percentileOfSorted(sorted, 0.9)),
    mean: toMillisecond(meanOf(sorted)),
    excluded,
    smallSample: sorted.length < smallSampleThreshold,
    histogram: buildDurationHistogram(sorted),
  };
}

/** Timestamps have millisecond precision: more digits would only show float noise. */
function toMillisecond(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds * 1000) / 1000;
}

/**
 * Seconds from one UTC ISO instant to another, or null when either is missing or the second is
 * before the first (such a pair measures nothing; the incident is counted as excluded).
 *
 * @example
 * secondsBetween('2026-03-01T12:00:00.000Z', '2026-03-01T12:30:00.000Z'); // 1800
 */
export function secondsBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const seconds = (Date.parse(to) - Date.parse(from)) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
