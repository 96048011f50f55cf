export { lintLanguage } from './lint-language';
export { BLAMELESS_RULE_IDS } from './language-finding';
export type { BlamelessRuleId, LanguageFinding, LintLanguageOptions } from './language-finding';
export { BLAMELESS_RULES } from './rule-descriptions';
export type { BlamelessRuleDescription } from './rule-descriptions';
