import { scanSensitiveSpans } from './find-sensitive';
import type { RedactionOptions, RedactionResult } from './sensitive-finding';

/**
 * Replaces every finding of `findSensitive` with a placeholder `[REDACTED:<rule>#<n>]`. Within
 * one document the same value always gets the same placeholder; `n` counts the distinct values of
 * each rule in order of first appearance (names and e-mail addresses
 * compared case-insensitively). A multi-line secret keeps its line breaks: each of its
 * lines becomes the same placeholder. The findings refer to the original text.
 *
 * @example
 * redactText('token ghp_… and again ghp_…, ops@example.com').text;
 * // 'token [REDACTED:github-token#1] and again [REDACTED:github-token#1], [REDACTED:email#1]'
 */
export function redactText(text: string, options?: RedactionOptions): RedactionResult {
  const { lines, spans } = scanSensitiveSpans(text, options);
  const numbers = new Map<string, Map<string, number>>();
  const parts: string[] = [];
  let copied = 0;
  const findings = [];
  for (const span of spans) {
    const perRule = numbers.get(span.rule) ?? new Map<string, number>();
    numbers.set(span.rule, perRule);
    const value = sameValueKey(span.rule, text.slice(span.start, span.end));
    const n = perRule.get(value) ?? perRule.size + 1;
    perRule.set(value, n);
    const placeholder = `[REDACTED:${span.rule}#${n}]`;
    for (const finding of lines.toFindings(span)) {
      const lineStart = lines.starts[finding.line - 1] ?? 0;
      parts.push(text.slice(copied, lineStart + finding.start), placeholder);
      copied = lineStart + finding.end;
      findings.push(finding);
    }
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), findings };
}

/** Names and e-mail addresses match case-insensitively, so `Jane Doe` and `JANE DOE` share a number. */
function sameValueKey(rule: string, value: string): string {
  if (rule === 'person-name') return value.toLowerCase().replace(/\s+/g, ' ');
  return rule === 'email' ? value.toLowerCase() : value;
}
