import { describe, expect, it } from 'vitest';
import { computeGroupingAccuracy } from './grouping-accuracy';

describe('computeGroupingAccuracy', () => {
  it('is 1 when the groups match, whatever the labels are called', () => {
    expect(computeGroupingAccuracy(['a', 'a', 'b'], ['E1', 'E1', 'E2'])).toBe(1);
  });

  it('counts every line of a group that was split as wrong', () => {
    expect(computeGroupingAccuracy(['a', 'b', 'c'], ['E1', 'E1', 'E2'])).toBeCloseTo(1 / 3);
  });

  it('counts every line of groups that were merged as wrong', () => {
    expect(computeGroupingAccuracy(['a', 'a', 'a', 'b'], ['E1', 'E1', 'E2', 'E3'])).toBe(0.25);
  });

  it('is 1 for no lines and rejects lists of different lengths', () => {
    expect(computeGroupingAccuracy([], [])).toBe(1);
    expect(() => computeGroupingAccuracy(['a'], [])).toThrow(/predicted: expected one label/);
  });
});
