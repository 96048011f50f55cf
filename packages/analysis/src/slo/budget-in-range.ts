import type { SliSample, SloObjective } from '@aftermath/domain';
import { BudgetTally } from './budget-tally';
import { computeErrorBudget } from './error-budget';
import { readTallyRule, type SloMathInput } from './objective-evaluator';
import { readSampleOutcome } from './sample-outcome';
import { resolveSloPeriod } from './slo-period';

/**
 * The error budget an interval (an incident's impact window) spent: `spent` in the method's unit,
 * `budgetTotal` of the SLO period ending at the interval's end, and `fraction` = spent ÷ total
 * (0.25 = a quarter of the period's budget).
 *
 * @example { from: '…', to: '…', spent: 120, budgetTotal: 480, fraction: 0.25 }
 */
export interface RangeBudgetSpend {
  spent: number;
  budgetTotal: number;
  /** Null when the period has no budget yet (no events). */
  fraction: number | null;
}

/** Collects the budget spent in `(from, to]` (epoch ms) against the period ending at `to`. */
export interface RangeSpendCollector {
  readonly since: number;
  add(sample: SliSample): void;
  finish(): RangeBudgetSpend;
}

/**
 * Starts collecting what `(from, to]` spent of an objective's budget; feed samples in time order.
 *
 * @example
 * const collector = createRangeSpendCollector(slo, objective, impactStart, resolvedAt);
 * for (const sample of samples) collector.add(sample);
 * collector.finish(); // { spent: 120, budgetTotal: 480, fraction: 0.25 }
 */
export function createRangeSpendCollector(
  slo: SloMathInput,
  objective: SloObjective,
  from: number,
  to: number,
): RangeSpendCollector {
  const rule = readTallyRule(slo, objective);
  const period = resolveSloPeriod(slo.window, to);
  const periodTally = new BudgetTally(rule);
  const rangeTally = new BudgetTally(rule);
  const since = Math.min(period.start, from);
  return {
    since,
    add(sample) {
      const outcome = readSampleOutcome(slo.indicator.kind, objective, sample);
      if (outcome === null || outcome.at <= since || outcome.at > to) return;
      if (outcome.at > period.start) periodTally.add(outcome);
      if (outcome.at > from) rangeTally.add(outcome);
    },
    finish() {
      const budget = computeErrorBudget(periodTally.result(period.lengthMs), objective.target);
      const spent = rangeTally.result(to - from).spent;
      return {
        spent,
        budgetTotal: budget.total,
        fraction: budget.total > 0 ? spent / budget.total : null,
      };
    },
  };
}
