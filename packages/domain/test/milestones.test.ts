import { describe, expect, it } from 'vitest';
import { assertMilestoneOrder, emptyMilestones, findMilestoneOrderProblems } from '../src';

const at = (hour: number) => `2026-11-20T${String(hour).padStart(2, '0')}:00:00.000Z`;

describe('milestone order', () => {
  it('accepts milestones in order, skipping unset ones', () => {
    const value = {
      ...emptyMilestones,
      impactStartedAt: at(9),
      mitigatedAt: at(10),
      resolvedAt: at(11),
    };
    expect(findMilestoneOrderProblems(value)).toEqual([]);
  });

  it('names each milestone that comes before an earlier one', () => {
    const value = {
      ...emptyMilestones,
      impactStartedAt: at(9),
      detectedAt: at(8),
      resolvedAt: at(7),
    };
    expect(findMilestoneOrderProblems(value).map((p) => p.path)).toEqual([
      'milestones.detectedAt',
      'milestones.resolvedAt',
    ]);
    expect(() => assertMilestoneOrder(value, null)).toThrow(
      /detectedAt .* is before impactStartedAt/,
    );
  });

  it('lets an explicit reason override the order', () => {
    const value = { ...emptyMilestones, impactStartedAt: at(9), detectedAt: at(8) };
    expect(() => assertMilestoneOrder(value, 'probe fired before customers noticed')).not.toThrow();
    expect(() => assertMilestoneOrder(value, '   ')).toThrow();
  });
});
