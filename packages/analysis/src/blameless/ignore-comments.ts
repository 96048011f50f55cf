/**
 * Inline ignore comments: `<!-- aftermath-ignore blameless/judgement -->` silences the named
 * rules (space- or comma-separated; none named = every blameless rule) on the next line, and on
 * its own line when it shares that line with text.
 */
const IGNORE = /<!--\s*aftermath-ignore\b([^>]*?)\s*-->/g;

/** Rules silenced per 0-based line index; `'all'` silences every rule. */
export type IgnoredRules = ReadonlyMap<number, ReadonlySet<string> | 'all'>;

/** Reads the ignore comments of `lines` (the text split at line breaks). */
export function readIgnoreComments(lines: readonly string[]): IgnoredRules {
  const ignored = new Map<number, Set<string> | 'all'>();
  lines.forEach((line, index) => {
    if (!line.includes('aftermath-ignore')) return;
    IGNORE.lastIndex = 0;
    for (let match = IGNORE.exec(line); match; match = IGNORE.exec(line)) {
      const rules = (match[1] ?? '').split(/[\s,]+/).filter((rule) => rule.length > 0);
      const aloneOnLine = line.replace(match[0], '').trim().length === 0;
      addIgnored(ignored, index + 1, rules);
      if (!aloneOnLine) addIgnored(ignored, index, rules);
    }
  });
  return ignored;
}

function addIgnored(ignored: Map<number, Set<string> | 'all'>, index: number, rules: string[]) {
  const existing = ignored.get(index);
  if (existing === 'all') return;
  if (rules.length === 0) {
    ignored.set(index, 'all');
    return;
  }
  const set = existing ?? new Set<string>();
  for (const rule of rules) set.add(rule);
  ignored.set(index, set);
}

/** True when `ruleId` is silenced on the 0-based line `index`. */
export function isIgnored(ignored: IgnoredRules, index: number, ruleId: string): boolean {
  const rules = ignored.get(index);
  return rules === 'all' || (rules !== undefined && rules.has(ruleId));
}
