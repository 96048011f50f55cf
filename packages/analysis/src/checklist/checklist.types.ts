import type {
  ActionItem,
  ChecklistItemId,
  CustomerImpact,
  Milestones,
  PreventRule,
  PostmortemSections,
  Severity,
} from '@aftermath/domain';

/**
 * The coded RCA fields the checklist reads (the postmortem's `rca`); null when none was written.
 *
 * @example
 * const rca: ChecklistRca = { trigger: 'config-push', rootCauses: ['configuration'] };
 */
export interface ChecklistRca {
  trigger: string | null;
  rootCauses: readonly string[];
}

/**
 * A blameless-language finding as the checklist needs it (`lintLanguage` output fits); `section`
 * names the postmortem section the line is in, when the text was checked section by section.
 */
export interface ChecklistLanguageFinding {
  section?: string;
  line: number;
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
}

/** A sensitive-data finding as the checklist needs it (`findSensitive` output fits). */
export interface ChecklistSensitiveFinding {
  section?: string;
  line: number;
  kind: 'secret' | 'pii';
  rule: string;
}

/**
 * The service's SLO, when it has one: `budgetSpent` is the fraction of the error budget the
 * incident spent (0.25 = a quarter), null when nobody computed it yet.
 */
export interface ChecklistSlo {
  name: string;
  budgetSpent: number | null;
}

/** Everything the checklist looks at; all of it plain data, so it runs anywhere. */
export interface ChecklistInput {
  postmortem: { sections: PostmortemSections; rca?: ChecklistRca | null };
  incident: {
    severity: Severity;
    services: readonly string[];
    customerImpact: CustomerImpact;
    milestones: Milestones;
  };
  actions: readonly Pick<
    ActionItem,
    'title' | 'type' | 'priority' | 'status' | 'owner' | 'dueDate' | 'verificationCriteria'
  >[];
  /** The service's SLO, or null/absent when it has none. */
  slo?: ChecklistSlo | null;
  /** Blameless-language findings over the postmortem's text. */
  languageFindings: readonly ChecklistLanguageFinding[];
  /** Sensitive-data findings over the postmortem's text. */
  sensitiveFindings: readonly ChecklistSensitiveFinding[];
}

/**
 * Checklist tuning. `weights` replaces the default weight of the items it names (0 = shown but
 * not scored); `summaryMaxWords` is the longest summary that still counts as short.
 *
 * @example
 * const config: ChecklistConfig = { weights: { lessons: 0 }, summaryMaxWords: 100 };
 */
export interface ChecklistConfig {
  weights?: Partial<Record<ChecklistItemId, number>>;
  summaryMaxWords?: number;
  /**
   * The policy's prevent-action rule (`actions.preventRule`): incidents of its severities need a
   * prevent action of its priorities. Absent = the default rule; null = any prevent action will do.
   */
  preventRule?: PreventRule | null;
}

/**
 * One checked item: whether it passed, why (what was found, in plain words) and how to fix it
 * (empty when it passed). `weight` is its share of the score.
 */
export interface ChecklistItem {
  id: ChecklistItemId;
  title: string;
  passed: boolean;
  why: string;
  fix: string;
  weight: number;
}

/**
 * The checklist's answer: `score` 0–100 is the weighted share of passed items (100 when every
 * weight is 0), items in the documented order.
 *
 * @example
 * // { score: 85, passed: 8, total: 10, items: [{ id: 'summary', passed: true, … }, …] }
 */
export interface ChecklistResult {
  score: number;
  passed: number;
  total: number;
  items: ChecklistItem[];
}

/** What an item check answers before its id, title and weight are attached. */
export interface ItemVerdict {
  passed: boolean;
  why: string;
  fix: string;
}

/** One row of the checklist table: an id, a title, a default weight and its check. */
export interface ChecklistItemDefinition {
  id: ChecklistItemId;
  title: string;
  weight: number;
  check(input: ChecklistInput, config: Required<ChecklistConfig>): ItemVerdict;
}
