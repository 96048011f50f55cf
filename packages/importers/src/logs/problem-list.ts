import type { EvidenceProblem } from '@aftermath/domain';

/** The most problems kept per file; the rest are counted in one closing problem. */
export const LOG_PROBLEMS_MAX = 1000;

/** Problems of one log import, bounded so a file of garbage cannot exhaust memory. */
export class LogProblemList {
  private readonly kept: EvidenceProblem[] = [];
  private dropped = 0;

  add(line: number, message: string): void {
    if (this.kept.length < LOG_PROBLEMS_MAX) this.kept.push({ line, jsonPointer: null, message });
    else this.dropped += 1;
  }

  /** Every problem so far (`total` counts the dropped ones too). */
  get total(): number {
    return this.kept.length + this.dropped;
  }

  list(): EvidenceProblem[] {
    if (this.dropped === 0) return this.kept;
    const message = `${this.total.toLocaleString('en-US')} problems in all; only the first ${LOG_PROBLEMS_MAX} are listed`;
    return [...this.kept, { line: null, jsonPointer: null, message }];
  }
}
