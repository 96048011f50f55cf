const WILDCARD = '<*>';

/**
 * Builds a masked copy of a string from a few slices: text is copied lazily, so a message with
 * nothing to mask comes back as the same string without any copying.
 */
export class MaskWriter {
  private out = '';
  /** Everything before this offset of the source has been written (or dropped). */
  private copied = 0;
  /** Source offset right after the last wildcard, or -1. */
  private lastWildcardEnd = -1;

  constructor(private readonly source: string) {}

  /**
   * Replaces `source[start, end)` with `<*>`. A wildcard that follows the previous one across a
   * single `.`, `:` or `-` (or directly) extends it instead, so `10.0.0.1:80` becomes one `<*>`.
   */
  wildcard(start: number, end: number): void {
    const last = this.lastWildcardEnd;
    if (
      last >= 0 &&
      (start === last || (start === last + 1 && isJoint(this.source.charCodeAt(last))))
    ) {
      this.copied = end;
      this.lastWildcardEnd = end;
      return;
    }
    this.out += this.source.slice(this.copied, start) + WILDCARD;
    this.copied = end;
    this.lastWildcardEnd = end;
  }

  /** Replaces `source[start, end)` with `replacement` (used to normalise whitespace). */
  cut(start: number, end: number, replacement: string): void {
    if (start === end && replacement === '') return;
    this.out += this.source.slice(this.copied, start) + replacement;
    this.copied = end;
  }

  /** The masked string. */
  finish(): string {
    if (this.copied === 0) return this.source;
    return this.out + this.source.slice(this.copied);
  }
}

function isJoint(code: number): boolean {
  return code === 46 || code === 58 || code === 45;
}
