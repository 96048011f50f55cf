import { describe, expect, it } from 'vitest';
import { summarizeSloBudgets } from './slo-metrics';

describe('summarizeSloBudgets', () => {
  it('counts objectives within budget and averages the share spent', () => {
    const { compliance, errorBudgetBurn } = summarizeSloBudgets([
      { total: 10, spent: 4, remaining: 0.6 },
      { total: 10, spent: 12, remaining: -0.2 },
      { total: 50, spent: 5, remaining: 0.9 },
      { total: 0, spent: 0, remaining: 1 },
    ]);
    expect(compliance).toMatchObject({ n: 3, count: 2, excluded: 1, reason: null });
    expect(compliance.rate).toBeCloseTo(2 / 3);
    // (0.4 + 1.2 + 0.1) / 3
    expect(errorBudgetBurn).toMatchObject({ n: 3, count: 1.7, excluded: 1 });
    expect(errorBudgetBurn.rate).toBeCloseTo(1.7 / 3);
  });

  it('says why there is no number: no SLOs, or SLOs without data', () => {
    expect(summarizeSloBudgets([]).compliance).toMatchObject({
      rate: null,
      reason: 'no SLOs are defined for this scope',
    });
    const idle = summarizeSloBudgets([{ total: 0, spent: 0, remaining: 1 }]);
    expect(idle.errorBudgetBurn).toMatchObject({ rate: null, n: 0, excluded: 1 });
    expect(idle.errorBudgetBurn.reason).toMatch(/no SLI data/);
  });
});
