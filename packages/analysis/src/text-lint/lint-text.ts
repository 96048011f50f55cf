import { lintLanguage } from '../blameless';
import { lintPostmortemDocument } from './document-lint';
import type { LintFinding, LintTextOptions } from './lint-finding';
import { lintSensitiveData } from './sensitive-lint';

const AFTERMATH_FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:.*\r?\n)*?key:[ \t]*['"]?INC-\d+/;

/** True when `text` looks like an Aftermath Markdown postmortem (front matter with an incident key). */
export function isAftermathMarkdown(text: string): boolean {
  return AFTERMATH_FRONT_MATTER.test(text.slice(0, 4_000));
}

/**
 * Lints any Markdown or plain text: blameless language and sensitive data on every line, and on
 * an Aftermath Markdown postmortem (with `format: 'markdown'`) the file format and the quality
 * checklist too. Findings are sorted by line, then column.
 *
 * @example
 * lintText('Root cause: human error.\n').map((f) => f.ruleId); // ['blameless/blame']
 */
export function lintText(text: string, options: LintTextOptions = {}): LintFinding[] {
  const names = options.names ?? [];
  const findings: LintFinding[] = [
    ...lintLanguage(text, { names, allow: options.allow ?? [] }),
    ...lintSensitiveData(text, names, options.redactionAllow ?? []),
  ];
  if (options.format !== 'text' && isAftermathMarkdown(text)) {
    findings.push(...lintPostmortemDocument(text, options.file ?? 'postmortem.md', findings));
  }
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}
