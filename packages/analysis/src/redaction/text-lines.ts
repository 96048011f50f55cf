import type { Candidate, SensitiveFinding } from './sensitive-finding';

/**
 * Where each line of a text starts and ends (without its `\n`, `\r\n` or `\r`), for turning
 * absolute offsets into 1-based lines and in-line offsets.
 */
export class TextLines {
  readonly starts: number[] = [0];
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    if (text.includes('\r')) this.splitAnyBreak();
    else {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        this.ends.push(i);
        this.starts.push(i + 1);
      }
    }
    this.ends.push(text.length);
  }

  private splitAnyBreak(): void {
    const breaks = /\r\n?|\n/g;
    for (let match = breaks.exec(this.text); match; match = breaks.exec(this.text)) {
      this.ends.push(match.index);
      this.starts.push(match.index + match[0].length);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** The 0-based index of the line holding `offset` (binary search). */
  indexOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The text of the 0-based line `index`. */
  line(index: number): string {
    return this.text.slice(this.starts[index] ?? 0, this.ends[index] ?? 0);
  }

  /**
   * Splits a candidate into one finding per line it touches, skipping empty pieces and the
   * indentation of continuation lines.
   */
  toFindings(candidate: Candidate): SensitiveFinding[] {
    const findings: SensitiveFinding[] = [];
    const first = this.indexOf(candidate.start);
    for (let index = first; index < this.count; index += 1) {
      const lineStart = this.starts[index] ?? 0;
      if (lineStart >= candidate.end && index > first) break;
      let from = Math.max(candidate.start, lineStart);
      // Continuation lines keep their indentation: only the secret itself is replaced.
      while (index > first && from < candidate.end && isBlank(this.text.charCodeAt(from)))
        from += 1;
      const to = Math.min(candidate.end, this.ends[index] ?? 0);
      if (to <= from) continue;
      findings.push({
        line: index + 1,
        start: from - lineStart,
        end: to - lineStart,
        kind: candidate.kind,
        rule: candidate.rule,
        value: this.text.slice(from, to),
      });
    }
    return findings;
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}
