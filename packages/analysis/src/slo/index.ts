export { parseSloDuration, durationToMs, formatWindow, WORKBOOK_PERIOD_MS } from './slo-duration';
export type { SloDurationParts } from './slo-duration';
export { isKnownTimeZone } from './zoned-time';
export { resolveSloPeriod } from './slo-period';
export type { SloPeriod } from './slo-period';
export { readSampleOutcome } from './sample-outcome';
export type { SampleOutcome } from './sample-outcome';
export { BudgetTally } from './budget-tally';
export type { TallyResult, TallyRule } from './budget-tally';
export { allowedErrorShare, computeErrorBudget } from './error-budget';
export type { ErrorBudget } from './error-budget';
export {
  computeBurnRate,
  readAlertState,
  readBurnPair,
  scaleBurnWindows,
  workbookBurnWindows,
} from './burn-rate';
export type { AlertState, BurnRateReading, BurnSeverity, BurnWindowPair } from './burn-rate';
export { createObjectiveEvaluator, evaluateObjective, readTallyRule } from './objective-evaluator';
export type { ObjectiveEvaluation, ObjectiveEvaluator, SloMathInput } from './objective-evaluator';
export { createRangeSpendCollector } from './budget-in-range';
export type { RangeBudgetSpend, RangeSpendCollector } from './budget-in-range';
export { bucketSliSeries } from './sli-series';
export type { SliBucket, SliSeriesWindow } from './sli-series';
