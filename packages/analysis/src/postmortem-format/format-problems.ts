import { DomainError } from '@aftermath/domain';

/** One problem found while reading a file: where it is, which field, and what was expected. */
export interface FormatProblem {
  /** 1-based line in the file. */
  line: number;
  /** Dotted field path, e.g. `severity`, `milestones.detectedAt`, `timeline.3.at`. */
  field: string;
  message: string;
}

/**
 * Collects every problem in a file so the reader sees all of them at once, then turns them into
 * one `validation` {@link DomainError} whose details read `<file>:<line>:<field>`.
 */
export class FormatProblems {
  private readonly problems: FormatProblem[] = [];

  add(line: number, field: string, message: string): void {
    this.problems.push({ line, field, message });
  }

  get count(): number {
    return this.problems.length;
  }

  /** The error for `file`, problems ordered by line (stable within a line). */
  toError(file: string): DomainError {
    const sorted = [...this.problems].sort((a, b) => a.line - b.line);
    const first = sorted[0] ?? { line: 1, field: '(file)', message: 'could not be read' };
    const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more)` : '';
    return new DomainError(
      'validation',
      `${file}:${first.line}: ${first.field}: ${first.message}${more}`,
      sorted.map((p) => ({ path: `${file}:${p.line}:${p.field}`, message: p.message })),
    );
  }
}
