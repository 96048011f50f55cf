import type { BudgetingMethod, SliSample, SloObjective } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { evaluateObjective } from './objective-evaluator';
import { anObjective, anSlo, minutesFrom, ratioSample, valueSample } from './testing/slo-factory';

const now = '2026-03-10T12:00:00.000Z';
const at = (minutesAgo: number): string => minutesFrom(now, -minutesAgo);

// Three hourly slices: 96 % good, 90 % good, and two samples adding up to 90 % good.
const slicedSamples = [
  ratioSample(at(170), 96, 100),
  ratioSample(at(110), 90, 100),
  ratioSample(at(50), 50, 50),
  ratioSample(at(40), 40, 50),
];

interface BudgetCase {
  name: string;
  method: BudgetingMethod;
  kind?: 'ratio' | 'threshold';
  objective: Partial<SloObjective>;
  samples: SliSample[];
  expected: { total: number; spent: number; remaining: number };
}

const cases: BudgetCase[] = [
  {
    // 4000 events, 15 bad; budget 1 % of 4000 = 40 → 1 − 15/40 = 0.625.
    name: 'Occurrences counts bad events against 1 − target of the events seen',
    method: 'Occurrences',
    objective: { target: 0.99 },
    samples: [
      ratioSample(at(300), 1000, 1000),
      ratioSample(at(200), 995, 1000),
      ratioSample(at(100), 990, 1000),
      ratioSample(at(1), 1000, 1000),
    ],
    expected: { total: 40, spent: 15, remaining: 0.625 },
  },
  {
    // 24 one-hour slices in a day, budget 10 % = 2.4 slices; two slices under 95 % → 1 − 2/2.4.
    name: 'Timeslices counts slices under the slice target against the whole period',
    method: 'Timeslices',
    objective: { target: 0.9, timeSliceTarget: 0.95, timeSliceWindow: '1h' },
    samples: slicedSamples,
    expected: { total: 2.4, spent: 2, remaining: 1 / 6 },
  },
  {
    // Spent = (1 − 0.96) + (1 − 0.9) + (1 − 0.9) = 0.24 of 2.4 → 0.9 remaining.
    name: 'RatioTimeslices sums each slice’s error ratio',
    method: 'RatioTimeslices',
    objective: { target: 0.9, timeSliceWindow: '1h' },
    samples: slicedSamples,
    expected: { total: 2.4, spent: 0.24, remaining: 0.9 },
  },
  {
    // Values ≤ 300 are good: 5 of 8; budget 25 % of 8 = 2 events, 3 spent → overspent by half.
    name: 'a threshold indicator makes every sample one event, good when value op threshold holds',
    method: 'Occurrences',
    kind: 'threshold',
    objective: { target: 0.75, op: 'lte', value: 300 },
    samples: [100, 250, 300, 301, 500, 200, 299, 350].map((value, index) =>
      valueSample(at(80 - index * 10), value),
    ),
    expected: { total: 2, spent: 3, remaining: -0.5 },
  },
  {
    name: 'no events leave the whole budget',
    method: 'Occurrences',
    objective: {},
    samples: [],
    expected: { total: 0, spent: 0, remaining: 1 },
  },
  {
    // Outside the day (25 h ago), in the future, or missing total: none of them count. A bad count
    // stands in for good: 2000 events, 15 bad, budget 20.
    name: 'samples outside the period, after the instant or incomplete are ignored',
    method: 'Occurrences',
    objective: { target: 0.99 },
    samples: [
      ratioSample(at(25 * 60), 0, 1000),
      { at: at(30), good: 0, bad: null, total: null, value: null },
      { at: at(20), good: null, bad: 5, total: 1000, value: null },
      ratioSample(at(10), 990, 1000),
      ratioSample(at(-10), 0, 1000),
    ],
    expected: { total: 20, spent: 15, remaining: 0.25 },
  },
];

describe('error budget', () => {
  it.each(cases)('$name', ({ method, kind = 'ratio', objective, samples, expected }) => {
    const slo = anSlo({ budgetingMethod: method, window: { kind: 'rolling', duration: '1d' } });
    const indicator = { ...slo.indicator, kind } as typeof slo.indicator;
    const result = evaluateObjective(
      { ...slo, indicator },
      anObjective(objective),
      samples,
      Date.parse(now),
    );
    expect(result.budget.total).toBeCloseTo(expected.total, 9);
    expect(result.budget.spent).toBeCloseTo(expected.spent, 9);
    expect(result.budget.remaining).toBeCloseTo(expected.remaining, 9);
  });

  it('refuses slice samples out of time order rather than miscounting them', () => {
    const slo = anSlo({
      budgetingMethod: 'Timeslices',
      window: { kind: 'rolling', duration: '1d' },
    });
    const objective = anObjective({ timeSliceWindow: '1h', timeSliceTarget: 0.95 });
    const late = [ratioSample(at(30), 1, 1), ratioSample(at(150), 1, 1)];
    expect(() => evaluateObjective(slo, objective, late, Date.parse(now))).toThrow(/time order/);
  });
});
