import { buildDurationHistogram, histogramFromCounts, type HistogramBucket } from './histogram';
import { percentileAtRanks } from './percentile';

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
 * What a {@link DurationMetric} is built from when the durations are not all in memory (a
 * database counted them): `n`, their sum in whole milliseconds, the excluded count, the counts
 * per histogram bucket (`durationBucketEdges` order) and the duration in seconds at a rank
 * (0…n−1) of the ascending order — asked only for the ranks {@link percentileRanks} names.
 *
 * @example
 * { n: 3, sumMs: 7_800_000, excluded: 1, bucketCounts: [0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0], valueAt: (r) => [600, 1800, 5400][r]! }
 */
export interface DurationFigures {
  n: number;
  sumMs: number;
  excluded: number;
  bucketCounts: readonly number[];
  valueAt: (rank: number) => number;
}

const medianAndP90 = [0.5, 0.9] as const;

/**
 * The ranks (0-based, ascending order) whose values the median and the p90 of `n` durations
 * interpolate between: at most four.
 *
 * @example
 * percentileRanks(11); // [5, 9]
 */
export function percentileRanks(n: number): number[] {
  if (n === 0) return [];
  const ranks = medianAndP90.flatMap((p) => [Math.floor((n - 1) * p), Math.ceil((n - 1) * p)]);
  return [...new Set(ranks)].sort((a, b) => a - b);
}

/**
 * A {@link DurationMetric} from counted figures. The mean is the millisecond sum over n, so it is
 * the same number however the durations were added up.
 *
 * @example
 * durationMetricFromFigures({ n: 3, sumMs: 7_800_000, excluded: 1, bucketCounts, valueAt }).median; // 1800
 */
export function durationMetricFromFigures(figures: DurationFigures): DurationMetric {
  const { n, valueAt } = figures;
  return {
    n,
    median: toMillisecond(percentileAtRanks(n, 0.5, valueAt)),
    p90: toMillisecond(percentileAtRanks(n, 0.9, valueAt)),
    mean: n === 0 ? null : toMillisecond(figures.sumMs / n / 1000),
    excluded: figures.excluded,
    smallSample: n < smallSampleThreshold,
    histogram: histogramFromCounts(figures.bucketCounts),
  };
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
  let sumMs = 0;
  for (const seconds of sorted) sumMs += Math.round(seconds * 1000);
  return durationMetricFromFigures({
    n: sorted.length,
    sumMs,
    excluded,
    bucketCounts: buildDurationHistogram(sorted).map((bucket) => bucket.count),
    valueAt: (rank) => sorted[rank] as number,
  });
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
