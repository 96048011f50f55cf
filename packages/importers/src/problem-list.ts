import type { EvidenceProblem } from '@aftermath/domain';

/** The most problems kept per evidence; the rest are counted in one closing problem. */
export const PROBLEMS_MAX = 1000;

/**
 * Problems of one import, capped so a huge file of bad records cannot exhaust memory; the rest
 * are counted in one closing problem. Shared by every importer.
 */
export class ProblemList {
  private readonly kept: EvidenceProblem[] = [];
  private dropped = 0;

  add(problem: EvidenceProblem): void {
    if (this.kept.length < PROBLEMS_MAX) this.kept.push(problem);
    else this.dropped += 1;
  }

  list(): EvidenceProblem[] {
    if (this.dropped === 0) return this.kept;
    const message = `${this.dropped} more problems not listed (only the first ${PROBLEMS_MAX} are kept)`;
    return [...this.kept, { line: null, jsonPointer: null, message }];
  }
}
