/**
 * Finds the workspace's people in prose by their full name or first name, whole words,
 * case-sensitively as written in the directory (so the name "Will" does not match "will").
 */
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
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
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
