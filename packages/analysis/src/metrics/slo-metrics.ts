import { buildRate, unavailableRate, type RateMetric } from './rate-metric';

/**
 * One SLO objective's error budget over its current window: `total` and `spent` in the SLO's
 * units (events or timeslices), `remaining` as a fraction of the budget (negative when overspent).
 */
export interface SloBudgetFacts {
  total: number;
  spent: number;
  remaining: number;
}

/**
 * SLO compliance (M7) and error-budget burn (M8) over SLO objectives. An objective without events
 * in its window (`total` 0) says nothing and is excluded. Compliance = share of objectives whose
 * budget is not overspent (`spent ≤ total`). Burn = mean share of the budget spent, per objective
 * (`count` sums the shares, so `rate = count / n`); above 1 when objectives overspend on average.
 *
 * @example
 * summarizeSloBudgets([{ total: 10, spent: 4, remaining: 0.6 }, { total: 10, spent: 12, remaining: -0.2 }]);
 * // compliance: { n: 2, count: 1, rate: 0.5, … }, errorBudgetBurn: { n: 2, count: 1.6, rate: 0.8, … }
 */
export function summarizeSloBudgets(budgets: readonly SloBudgetFacts[]): {
  compliance: RateMetric;
  errorBudgetBurn: RateMetric;
} {
  if (budgets.length === 0) {
    const none = unavailableRate('no SLOs are defined for this scope');
    return { compliance: none, errorBudgetBurn: none };
  }
  const measured = budgets.filter((budget) => budget.total > 0);
  const excluded = budgets.length - measured.length;
  const empty = 'no SLI data in the SLOs’ current windows';
  const met = measured.filter((budget) => budget.spent <= budget.total).length;
  const spentShares = measured.reduce((sum, budget) => sum + budget.spent / budget.total, 0);
  return {
    compliance: buildRate(met, measured.length, excluded, empty),
    errorBudgetBurn: buildRate(roundShare(spentShares), measured.length, excluded, empty),
  };
}

/** Shares to 6 decimals: a sum of fractions would otherwise print float noise. */
function roundShare(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
