export { lintText, isAftermathMarkdown } from './lint-text';
export { REDACTION_LINT_RULES } from './lint-finding';
export type { LintFinding, LintTextOptions } from './lint-finding';
