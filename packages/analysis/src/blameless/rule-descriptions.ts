import type { BlamelessRuleId } from './language-finding';

/**
 * What each blameless rule looks for, for help texts and code-scanning tools (SARIF rules).
 *
 * @example
 * BLAMELESS_RULES.find((rule) => rule.id === 'blameless/blame')?.summary;
 * // → 'Blame: "human error", "caused by <person>", a participant's name as the subject of a failure.'
 */
export interface BlamelessRuleDescription {
  id: BlamelessRuleId;
  /** The severity most of the rule's findings have; some phrases are stricter. */
  defaultSeverity: 'error' | 'warning';
  summary: string;
}

/** The blameless rules with their default severities and one-line summaries. */
export const BLAMELESS_RULES: readonly BlamelessRuleDescription[] = [
  {
    id: 'blameless/counterfactual',
    defaultSeverity: 'warning',
    summary:
      'Counterfactuals: "should/could/would have …", a person "failed/neglected/forgot to …", "if only", "had we …".',
  },
  {
    id: 'blameless/blame',
    defaultSeverity: 'error',
    summary:
      'Blame: "human error", "operator error", "caused by <person>", a participant\'s name as the subject of a failure.',
  },
  {
    id: 'blameless/judgement',
    defaultSeverity: 'warning',
    summary:
      'Judgement: "careless", "sloppy", "lazy" (errors); "obviously", "clearly", "just", "simply" where they judge.',
  },
];
