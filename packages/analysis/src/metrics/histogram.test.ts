import { describe, expect, it } from 'vitest';
import { summarizeDurations, secondsBetween, smallSampleThreshold } from './duration-metric';
import { buildDurationHistogram, durationBucketEdges } from './histogram';

describe('buildDurationHistogram', () => {
  it('puts a duration on an edge into the bucket that starts there', () => {
    const buckets = buildDurationHistogram([0, 299, 300, 3599, 3600, 604_800, 2_000_000]);
    const counts = Object.fromEntries(buckets.map((b) => [b.label, b.count]));
    expect(counts).toMatchObject({ '0–5m': 2, '5m–15m': 1, '30m–1h': 1, '1h–2h': 1, '≥ 7d': 2 });
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(7);
  });

  it('lists every bucket, empty ones too, with the documented edges', () => {
    const buckets = buildDurationHistogram([]);
    expect(buckets.map((b) => b.fromSeconds)).toEqual(durationBucketEdges);
    expect(buckets.at(-1)).toMatchObject({ toSeconds: null, label: '≥ 7d', count: 0 });
    expect(buckets[4]).toMatchObject({ fromSeconds: 3600, toSeconds: 7200, label: '1h–2h' });
  });
});

describe('summarizeDurations', () => {
  it('gives n, median, p90 and mean in seconds and warns below the small-sample threshold', () => {
    const metric = summarizeDurations([3600, 600, 1800], 2);
    expect(metric).toMatchObject({ n: 3, median: 1800, p90: 3240, mean: 2000, excluded: 2 });
    expect(metric.smallSample).toBe(true);
  });

  it('stops warning at the threshold', () => {
    const values = Array.from({ length: smallSampleThreshold }, (_, i) => (i + 1) * 60);
    expect(summarizeDurations(values, 0).smallSample).toBe(false);
  });

  it('has null statistics for no incidents, not zeros', () => {
    expect(summarizeDurations([], 4)).toMatchObject({ n: 0, median: null, p90: null, mean: null });
  });
});

describe('secondsBetween', () => {
  it('measures forward spans, including zero, and refuses missing or backward ones', () => {
    expect(secondsBetween('2026-03-01T12:00:00.000Z', '2026-03-01T12:30:00.000Z')).toBe(1800);
    expect(secondsBetween('2026-03-01T12:00:00.000Z', '2026-03-01T12:00:00.000Z')).toBe(0);
    expect(secondsBetween(null, '2026-03-01T12:00:00.000Z')).toBeNull();
    expect(secondsBetween('2026-03-01T12:00:00.000Z', '2026-03-01T11:00:00.000Z')).toBeNull();
  });
});
