import type { BudgetingMethod } from '@aftermath/domain';
import type { SampleOutcome } from './sample-outcome';

/** How a tally counts: the budgeting method and, for the slice methods, the slice. */
export interface TallyRule {
  method: BudgetingMethod;
  /** Slice length in ms (Timeslices, RatioTimeslices). */
  sliceMs: number;
  /** Good share a slice needs to be good (Timeslices). */
  sliceTarget: number;
}

/** What a tally found: budget units spent, and the units a span of time is worth. */
export interface TallyResult {
  /** Bad events (Occurrences), bad slices (Timeslices) or summed slice error ratios (RatioTimeslices). */
  spent: number;
  /** Events seen (Occurrences) or slices the span holds (slice methods); budget = (1 − target) × this. */
  units: number;
}

/**
 * Counts the budget spent by outcomes fed in time order, in constant memory: only the slice in
 * progress is kept. Slices are aligned to the epoch; a sample at `at` covers the interval ending
 * there, so it belongs to the slice holding `at − 1 ms`. A slice without samples counts as good.
 */
export class BudgetTally {
  private good = 0;
  private total = 0;
  private spentSlices = 0;
  private slice = Number.NEGATIVE_INFINITY;
  private sliceGood = 0;
  private sliceTotal = 0;

  constructor(private readonly rule: TallyRule) {}

  add(outcome: SampleOutcome): void {
    this.good += outcome.good;
    this.total += outcome.total;
    if (this.rule.method === 'Occurrences') return;
    const slice = Math.floor((outcome.at - 1) / this.rule.sliceMs);
    if (slice < this.slice) {
      throw new RangeError(
        `SLI samples must come in time order: ${new Date(outcome.at).toISOString()} arrived late`,
      );
    }
    if (slice > this.slice) this.closeSlice();
    this.slice = slice;
    this.sliceGood += outcome.good;
    this.sliceTotal += outcome.total;
  }

  /** The result so far; `spanMs` is the stretch of time the slice methods count slices over. */
  result(spanMs: number): TallyResult {
    if (this.rule.method === 'Occurrences')
      return { spent: this.total - this.good, units: this.total };
    return { spent: this.spentSlices + this.sliceSpent(), units: spanMs / this.rule.sliceMs };
  }

  private closeSlice(): void {
    this.spentSlices += this.sliceSpent();
    this.sliceGood = 0;
    this.sliceTotal = 0;
  }

  private sliceSpent(): number {
    if (this.sliceTotal <= 0) return 0;
    const ratio = this.sliceGood / this.sliceTotal;
    if (this.rule.method === 'RatioTimeslices') return 1 - ratio;
    return ratio < this.rule.sliceTarget ? 1 : 0;
  }
}
