import type { TallyResult } from './budget-tally';

/**
 * An error budget in the budgeting method's unit (events for Occurrences, slices for the slice
 * methods): `total` allowed, `spent` so far, and `remaining` as a fraction of `total`
 * (1 = untouched, 0 = exhausted, negative = overspent).
 *
 * @example { total: 10, spent: 4, remaining: 0.6 }
 */
export interface ErrorBudget {
  total: number;
  spent: number;
  remaining: number;
}

/**
 * The share of events an SLO allows to fail, 1 − target, rounded to 12 decimals so a target of
 * 0.999 allows exactly 0.001 (binary floating point would say 0.0010000000000000009).
 *
 * @example allowedErrorShare(0.999) // 0.001
 */
export function allowedErrorShare(target: number): number {
  return Math.round((1 - target) * 1e12) / 1e12;
}

/**
 * The error budget from a period's tally: total = (1 − target) × units. With no events yet the
 * budget is whole (remaining 1).
 *
 * @example computeErrorBudget({ spent: 4, units: 10_000 }, 0.999) // { total: 10, spent: 4, remaining: 0.6 }
 */
export function computeErrorBudget(tally: TallyResult, target: number): ErrorBudget {
  const total = allowedErrorShare(target) * tally.units;
  const remaining = total > 0 ? 1 - tally.spent / total : 1;
  return { total, spent: tally.spent, remaining };
}
