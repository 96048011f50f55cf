import { TextLines } from '../redaction/text-lines';
import { blameRules } from './blame-rules';
import { counterfactualRules } from './counterfactual-rules';
import { isIgnored, readIgnoreComments } from './ignore-comments';
import { judgementRules } from './judgement-rules';
import {
  BLAMELESS_RULE_IDS,
  type LanguageFinding,
  type LintLanguageOptions,
} from './language-finding';
import { maskExemptText } from './mask-exempt-text';
import { NameMatcher } from './name-matcher';
import type { PhraseRule, Verdict } from './phrase-rule';

/**
 * Finds language that is not blameless — counterfactuals ("should have", "failed to"), blame
 * ("human error", "caused by <person>", a participant's name as the subject of a failure) and
 * judgement ("careless", "obviously", a judging "just") — each with the reason and a suggested
 * rewrite. Quoted text ("…", “…”, `>` blockquotes), inline and fenced code and HTML comments are
 * exempt. `<!-- aftermath-ignore blameless/judgement -->` silences rules on the next line.
 * Findings are sorted by line and column.
 *
 * @example
 * lintLanguage('Jane failed to check the config.', { names: ['Jane Doe'] });
 * // → [{ line: 1, column: 1, endColumn: 15, severity: 'error', ruleId: 'blameless/blame', … }]
 */
export function lintLanguage(text: string, options: LintLanguageOptions = {}): LanguageFinding[] {
  const names = new NameMatcher(options.names ?? []);
  const allow = readAllow(options.allow ?? []);
  const masked = maskExemptText(text);
  const lines = new TextLines(text);
  const ignored = readIgnoreComments(Array.from({ length: lines.count }, (_, i) => lines.line(i)));
  const rules = [...counterfactualRules(names), ...blameRules(names), ...judgementRules(names)];
  const findings: LanguageFinding[] = [];
  for (const verdict of dropOverlaps(rules.flatMap((rule) => runRule(rule, masked, names)))) {
    if (allow.rules.has(verdict.ruleId)) continue;
    const start = verdict.start ?? 0;
    const phrase = text.slice(start, verdict.end).replace(/\s+/g, ' ').toLowerCase();
    if (allow.phrases.has(phrase)) continue;
    const index = lines.indexOf(start);
    if (isIgnored(ignored, index, verdict.ruleId)) continue;
    const lineStart = lines.starts[index] ?? 0;
    const lineEnd = lines.ends[index] ?? text.length;
    const finding: LanguageFinding = {
      line: index + 1,
      column: start - lineStart + 1,
      // A phrase wrapped onto the next line is reported up to the end of its first line.
      endColumn: Math.min(verdict.end ?? start, lineEnd) - lineStart + 1,
      severity: verdict.severity,
      ruleId: verdict.ruleId,
      message: verdict.message,
      suggestion: verdict.suggestion,
    };
    findings.push(finding);
  }
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

/** Keeps one finding per rule where several of its patterns match the same words. */
function dropOverlaps(verdicts: Verdict[]): Verdict[] {
  const sorted = [...verdicts].sort(
    (a, b) => (a.start ?? 0) - (b.start ?? 0) || (b.end ?? 0) - (a.end ?? 0),
  );
  const reachedBy = new Map<string, number>();
  return sorted.filter((verdict) => {
    if ((verdict.start ?? 0) < (reachedBy.get(verdict.ruleId) ?? -1)) return false;
    reachedBy.set(verdict.ruleId, verdict.end ?? 0);
    return true;
  });
}

function runRule(rule: PhraseRule, text: string, names: NameMatcher): Verdict[] {
  const verdicts: Verdict[] = [];
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const verdict = rule.judge({ text, match, names });
    if (verdict === null) continue;
    verdicts.push({
      ...verdict,
      start: verdict.start ?? match.index,
      end: verdict.end ?? match.index + match[0].length,
    });
  }
  return verdicts;
}

function readAllow(entries: readonly string[]): { rules: Set<string>; phrases: Set<string> } {
  const rules = new Set<string>();
  const phrases = new Set<string>();
  for (const entry of entries) {
    const trimmed = entry.trim();
    if ((BLAMELESS_RULE_IDS as readonly string[]).includes(trimmed)) rules.add(trimmed);
    else if (trimmed.length > 0) phrases.add(trimmed.replace(/\s+/g, ' ').toLowerCase());
  }
  return { rules, phrases };
}
