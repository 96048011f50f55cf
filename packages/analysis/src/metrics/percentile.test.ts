import { describe, expect, it } from 'vitest';
import { meanOf, percentileOfSorted } from './percentile';

// Hand-computed with rank h = (n − 1)·p and linear interpolation between x[⌊h⌋] and x[⌈h⌉].
describe('percentileOfSorted', () => {
  it.each([
    { values: [42], p: 0.5, expected: 42, why: 'one value is every percentile' },
    { values: [42], p: 0.9, expected: 42, why: 'one value is every percentile' },
    { values: [10, 20], p: 0.5, expected: 15, why: 'h = 0.5: halfway' },
    { values: [10, 20], p: 0.9, expected: 19, why: 'h = 0.9: 10 + 0.9 × 10' },
    { values: [10, 20, 30], p: 0.5, expected: 20, why: 'h = 1: the middle value' },
    { values: [10, 20, 30, 40], p: 0.5, expected: 25, why: 'even n: mean of the middle two' },
    { values: [10, 20, 30, 40], p: 0.9, expected: 37, why: 'h = 2.7: 30 + 0.7 × 10' },
    { values: [60, 120, 180, 600, 3600], p: 0.9, expected: 2400, why: 'h = 3.6: 600 + 0.6 × 3000' },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 0.9, expected: 9.1, why: 'h = 8.1' },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], p: 0.9, expected: 10, why: 'h = 9 exactly' },
    { values: [5, 5, 5, 100], p: 0.5, expected: 5, why: 'ties' },
    { values: [10, 20, 30], p: 0, expected: 10, why: 'p = 0 is the minimum' },
    { values: [10, 20, 30], p: 1, expected: 30, why: 'p = 1 is the maximum' },
  ])('$why: p$p of $values is $expected', ({ values, p, expected }) => {
    expect(percentileOfSorted(values, p)).toBeCloseTo(expected, 10);
  });

  it('has no percentile of nothing', () => {
    expect(percentileOfSorted([], 0.5)).toBeNull();
  });

  it('refuses a percentile outside 0…1', () => {
    expect(() => percentileOfSorted([1], 90)).toThrow(/within 0…1/);
  });
});

describe('meanOf', () => {
  it('averages, and has no mean of nothing', () => {
    expect(meanOf([60, 120, 600])).toBe(260);
    expect(meanOf([])).toBeNull();
  });
});
