import { describe, expect, it } from 'vitest';
import { bucketSliSeries } from './sli-series';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute)).toISOString();
const ratio = (minute: number, good: number, total: number) => ({
  at: at(minute),
  good,
  bad: null,
  total,
  value: null,
});
const value = (minute: number, v: number) => ({
  at: at(minute),
  good: null,
  bad: null,
  total: null,
  value: v,
});

describe('bucketSliSeries', () => {
  it('sums good-counting ratio samples into error rates per bucket, keeping empty buckets', () => {
    const buckets = bucketSliSeries(
      [ratio(0, 990, 1000), ratio(4, 950, 1000), ratio(12, 1000, 1000)],
      { from: at(0), to: at(15), maxPoints: 3, counts: 'good' },
    );
    expect(buckets.map((b) => [b.start, b.samples, b.events, b.errorRate])).toEqual([
      [at(0), 2, 2000, 0.03], // (10 + 50) bad of 2000
      [at(5), 0, 0, null],
      [at(10), 1, 1000, 0],
    ]);
  });

  it('reads bad-counting samples as bad events', () => {
    const [bucket] = bucketSliSeries(
      [{ at: at(1), good: null, bad: 25, total: 500, value: null }],
      {
        from: at(0),
        to: at(5),
        maxPoints: 1,
        counts: 'bad',
      },
    );
    expect(bucket?.errorRate).toBe(0.05);
  });

  it('gives percentiles of threshold values, and ignores samples outside the window', () => {
    const samples = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v, i) => value(i, v / 10));
    const [bucket] = bucketSliSeries([...samples, value(30, 99)], {
      from: at(0),
      to: at(10),
      maxPoints: 1,
      counts: null,
    });
    expect(bucket).toMatchObject({ samples: 10, events: null, errorRate: null, p50: 0.55 });
    expect(bucket?.p90).toBeCloseTo(0.91, 10); // rank 8.1: 0.9 + 0.1 × 0.1
    expect(bucket?.p99).toBeCloseTo(0.991, 10);
  });

  it('never returns more buckets than asked for', () => {
    expect(
      bucketSliSeries([], { from: at(0), to: at(59), maxPoints: 200, counts: null }),
    ).toHaveLength(200);
    expect(
      bucketSliSeries([], { from: at(0), to: at(1), maxPoints: 500, counts: null }),
    ).toHaveLength(60);
  });
});
