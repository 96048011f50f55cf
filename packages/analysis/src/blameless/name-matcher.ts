/**
 * Finds the workspace's people in prose by their full name or first name, whole words,
 * case-sensitively as written in the directory (so the name "Will" does not match "will").
 */
// Letters and digits of the Latin, Greek and Cyrillic scripts, without the `u` flag: with it,
// case-insensitive patterns that embed names run ten times slower.
const WORD_CHAR = '[A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u04FF]';

export class NameMatcher {
  private readonly pattern: RegExp | null;

  constructor(names: readonly string[]) {
    const forms = new Set<string>();
    for (const name of names) {
      const trimmed = name.trim().replace(/\s+/g, ' ');
      if (trimmed.length < 2) continue;
      forms.add(trimmed);
      const first = trimmed.split(' ')[0] ?? '';
      if (first.length >= 2) forms.add(first);
    }
    const alternatives = [...forms]
      .sort((a, b) => b.length - a.length)
      .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    this.pattern =
      alternatives.length === 0
        ? null
        : new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`);
  }

  /** The regular-expression source of a name at this position, or null with no names. */
  get source(): string | null {
    return this.pattern?.source ?? null;
  }

  /** The first known name in `text`, or null. */
  findIn(text: string): string | null {
    return this.pattern?.exec(text)?.[0] ?? null;
  }
}
