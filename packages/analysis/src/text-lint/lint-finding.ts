import type { LanguageFinding } from '../blameless';

/**
 * One finding of `aftermath lint` and `POST /api/v1/lint`, whatever check made it: blameless
 * language (`blameless/*`), sensitive data (`redaction/secret`, `redaction/pii`), the quality
 * checklist (`checklist/<item>`) or the file format (`format/invalid`). `line` and `column` are
 * 1-based; `endColumn` is the column just after the flagged text (equal to `column` for findings
 * about the whole document). Secret values never appear in `message`.
 *
 * @example
 * // { line: 12, column: 9, endColumn: 29, severity: 'error', ruleId: 'redaction/secret',
 * //   message: 'aws-access-key: a secret in the text …', suggestion: 'Remove it …' }
 */
export type LintFinding = LanguageFinding;

/** The rule ids of the sensitive-data check. */
export const REDACTION_LINT_RULES = ['redaction/secret', 'redaction/pii'] as const;

/**
 * How to lint a text. `format: 'markdown'` also runs the quality checklist when the text is an
 * Aftermath Markdown postmortem (front matter with an incident `key`).
 *
 * @example
 * const options: LintTextOptions = { format: 'markdown', names: ['Jane Doe'], allow: ['just'] };
 */
export interface LintTextOptions {
  format?: 'markdown' | 'text';
  /** People's names known to the workspace: blameless subjects and PII. */
  names?: readonly string[];
  /** The blameless allow-list (rule ids or phrases), see `lintLanguage`. */
  allow?: readonly string[];
  /** Values redaction never reports (exact strings), see `findSensitive`. */
  redactionAllow?: readonly string[];
  /** The file name used in format messages. */
  file?: string;
}
