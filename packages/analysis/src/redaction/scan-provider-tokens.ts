import { LiteralSet } from './literal-set';
import { TOKEN_RULES } from './provider-token-rules';
import { PRIORITY } from './rule-priority';
import type { Candidate } from './sensitive-finding';

/** Compiled once: the same patterns with match indices (`d`) so capture groups have offsets. */
const COMPILED = TOKEN_RULES.map((rule) => ({
  rule,
  pattern: new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('d', '')}d`),
  hints: rule.hints.map((hint) => hint.toLowerCase()),
}));

const HINTS = new LiteralSet(TOKEN_RULES.flatMap((rule) => rule.hints));

/** The named group that took part in the match (the secret inside it), else the whole match. */
function secretSpan(match: RegExpExecArray): [number, number] | undefined {
  const indices = match.indices;
  if (!indices) return undefined;
  for (const span of Object.values(indices.groups ?? {})) if (span) return span;
  return indices[0];
}

/**
 * Finds format-identified tokens (cloud keys, vendor API tokens, JWTs, …) with the rules of
 * `TOKEN_RULES`. A rule's pattern runs only when one of its literal hints occurs in the text
 * (case-insensitively; all hints are found in one pass).
 */
export function scanProviderTokens(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  const present = HINTS.foundIn(text);
  for (const { rule, pattern, hints } of COMPILED) {
    if (!hints.some((hint) => present.has(hint))) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex += 1;
      const span = secretSpan(match);
      if (!span) continue;
      const [start, end] = span;
      if (rule.accept && !rule.accept(text.slice(start, end))) continue;
      candidates.push({ start, end, kind: 'secret', rule: rule.rule, priority: PRIORITY.token });
    }
  }
  return candidates;
}
