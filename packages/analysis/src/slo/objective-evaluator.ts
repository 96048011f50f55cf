import type { SliSample, SloDefinition, SloObjective } from '@aftermath/domain';
import { BudgetTally, type TallyRule } from './budget-tally';
import {
  computeBurnRate,
  readAlertState,
  readBurnPair,
  scaleBurnWindows,
  type AlertState,
  type BurnRateReading,
} from './burn-rate';
import { computeErrorBudget, type ErrorBudget } from './error-budget';
import { readSampleOutcome } from './sample-outcome';
import { durationToMs } from './slo-duration';
import { resolveSloPeriod } from './slo-period';

/** What an SLO objective looks like at an instant: its budget, burn rates and alert state. */
export interface ObjectiveEvaluation {
  budget: ErrorBudget;
  burnRates: BurnRateReading[];
  alert: AlertState;
}

/** The parts of an SLO definition the math needs. */
export type SloMathInput = Pick<SloDefinition, 'budgetingMethod' | 'window'> & {
  indicator: Pick<SloDefinition['indicator'], 'kind'>;
};

/** Feeds samples (in time order) into an objective's evaluation, in constant memory. */
export interface ObjectiveEvaluator {
  /** Epoch ms: samples at or before this cannot change the result and may be skipped. */
  readonly since: number;
  /** Epoch ms the evaluation is for: later samples are ignored. */
  readonly at: number;
  add(sample: SliSample): void;
  finish(): ObjectiveEvaluation;
}

/** The tally rule of an objective: its method, slice length (default 1 min) and slice target. */
export function readTallyRule(
  slo: Pick<SloDefinition, 'budgetingMethod'>,
  objective: SloObjective,
): TallyRule {
  return {
    method: slo.budgetingMethod,
    sliceMs: durationToMs(objective.timeSliceWindow ?? '1m'),
    sliceTarget: objective.timeSliceTarget ?? objective.target,
  };
}

/**
 * Starts evaluating one objective at `at` (epoch ms): the budget over the SLO period holding `at`
 * and the burn rates over the Workbook window pairs scaled to that period.
 *
 * @example
 * const evaluator = createObjectiveEvaluator(slo, slo.objectives[0], Date.now());
 * for (const sample of samples) evaluator.add(sample);
 * evaluator.finish(); // { budget: { total, spent, remaining }, burnRates: […], alert: 'ok' }
 */
export function createObjectiveEvaluator(
  slo: SloMathInput,
  objective: SloObjective,
  at: number,
): ObjectiveEvaluator {
  const rule = readTallyRule(slo, objective);
  const period = resolveSloPeriod(slo.window, at);
  const pairs = scaleBurnWindows(period.lengthMs);
  const periodTally = new BudgetTally(rule);
  const windows = [...new Set(pairs.flatMap((pair) => [pair.longMs, pair.shortMs]))];
  const windowTallies = new Map(windows.map((ms) => [ms, new BudgetTally(rule)]));
  const since = Math.min(period.start, ...windows.map((ms) => at - ms));
  return {
    since,
    at,
    add(sample) {
      const outcome = readSampleOutcome(slo.indicator.kind, objective, sample);
      if (outcome === null || outcome.at <= since || outcome.at > at) return;
      if (outcome.at > period.start) periodTally.add(outcome);
      for (const [ms, tally] of windowTallies) if (outcome.at > at - ms) tally.add(outcome);
    },
    finish() {
      // A slice budget covers the whole period, an events budget the events seen in it.
      const budget = computeErrorBudget(periodTally.result(period.lengthMs), objective.target);
      const rate = (ms: number): number | null => {
        const tally = windowTallies.get(ms);
        return tally ? computeBurnRate(tally.result(ms), objective.target) : null;
      };
      const burnRates = pairs.map((pair) =>
        readBurnPair(pair, rate(pair.longMs), rate(pair.shortMs)),
      );
      return { budget, burnRates, alert: readAlertState(burnRates) };
    },
  };
}

/**
 * Evaluates an objective over samples already in memory (in time order).
 *
 * @example evaluateObjective(slo, slo.objectives[0], samples, Date.parse('2026-03-01T12:00:00Z'))
 */
export function evaluateObjective(
  slo: SloMathInput,
  objective: SloObjective,
  samples: Iterable<SliSample>,
  at: number,
): ObjectiveEvaluation {
  const evaluator = createObjectiveEvaluator(slo, objective, at);
  for (const sample of samples) evaluator.add(sample);
  return evaluator.finish();
}
