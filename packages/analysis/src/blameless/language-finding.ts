/**
 * The three blameless-language rules: counterfactuals (what did not happen), blame (a person or
 * "human error" as the cause) and judgement (words that grade people or call things obvious).
 *
 * @example
 * const rule: BlamelessRuleId = 'blameless/counterfactual';
 */
export type BlamelessRuleId =
  'blameless/counterfactual' | 'blameless/blame' | 'blameless/judgement';

/** Every blameless rule id, in the order the documentation lists them. */
export const BLAMELESS_RULE_IDS: readonly BlamelessRuleId[] = [
  'blameless/counterfactual',
  'blameless/blame',
  'blameless/judgement',
];

/**
 * One piece of non-blameless language. `line` and `column` are 1-based; `endColumn` is the
 * 1-based column just after the match (so `endColumn - column` is its length in UTF-16 code
 * units). `message` says why the phrase is a problem; `suggestion` how to rewrite it.
 *
 * @example
 * // lintLanguage('We should have rolled back.')[0] →
 * // { line: 1, column: 4, endColumn: 27, severity: 'warning', ruleId: 'blameless/counterfactual',
 * //   message: '"should have rolled back" is a counterfactual: …', suggestion: 'Say what happened …' }
 */
export interface LanguageFinding {
  line: number;
  column: number;
  endColumn: number;
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
  suggestion: string | null;
}

/**
 * What the workspace allows and knows.
 *
 * @example
 * const options: LintLanguageOptions = {
 *   allow: ['blameless/judgement', 'clearly'], // a whole rule, and one phrase
 *   names: ['Jane Doe', 'Ravi Patel'],
 * };
 */
export interface LintLanguageOptions {
  /**
   * Entries never reported: a rule id (`blameless/judgement`) switches that rule off; any other
   * entry is a phrase (case-insensitive) whose findings are dropped when the matched text equals
   * it, e.g. `just` or `failed to`.
   */
  allow?: readonly string[];
  /**
   * People's names known to the workspace (its directory). Matched case-sensitively as written,
   * the full name and its first word: `Jane Doe failed to …`, `caused by Jane`.
   */
  names?: readonly string[];
}
