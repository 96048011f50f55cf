import { followAlerts, isAlertLike, isFiring } from './alert-course';
import type { ClassifiedEntry } from './classify-entries';
import type { EntryStatus } from './status-vocabulary';

/**
 * The rules that can propose a milestone, as stable codes the UI can show or translate:
 * - impact start: `first-alert`, `first-page`, `first-error-log`, `first-status-notice`,
 *   `first-customer-symptom` (the earliest wins);
 * - detected: `first-alert`, `first-page` (the earliest wins);
 * - acknowledged: `first-acknowledgement`;
 * - mitigated: `status-monitoring`, `mitigating-change`, `alerts-cleared` (the earliest wins);
 * - resolved: `status-resolved`, `last-alert-resolved` (the latest wins).
 */
export type MilestoneRuleId =
  | 'first-alert'
  | 'first-page'
  | 'first-error-log'
  | 'first-status-notice'
  | 'first-customer-symptom'
  | 'first-acknowledgement'
  | 'status-monitoring'
  | 'mitigating-change'
  | 'alerts-cleared'
  | 'status-resolved'
  | 'last-alert-resolved';

/** One rule's pick: the entry and the rule that chose it. */
export interface MilestoneCandidate {
  rule: MilestoneRuleId;
  item: ClassifiedEntry;
  /** Extra words for the reason, such as alerts left out. */
  note?: string | undefined;
}

/** What each rule looks for, in words, for the proposal's reason. */
export const ruleDescriptions: Readonly<Record<MilestoneRuleId, string>> = {
  'first-alert': 'first alert firing',
  'first-page': 'first page',
  'first-error-log': 'first error log or platform warning',
  'first-status-notice': 'first status-page notice of impact',
  'first-customer-symptom': 'first customer-facing symptom',
  'first-acknowledgement': 'first acknowledgement',
  'status-monitoring': 'status page moved to monitoring',
  'mitigating-change': 'first rollback or mitigation',
  'alerts-cleared': 'alerts cleared (no alert firing from here on)',
  'status-resolved': 'status page resolved (and not reopened)',
  'last-alert-resolved': 'last alert resolved (none firing after it)',
};

function statusOf(item: ClassifiedEntry): EntryStatus | null {
  return item.reading?.status ?? null;
}

function isAlerting(item: ClassifiedEntry, kind: 'alert' | 'page'): boolean {
  return item.entry.kind === kind && isFiring(item);
}

const firstRules: ReadonlyArray<[MilestoneRuleId, (item: ClassifiedEntry) => boolean]> = [
  ['first-alert', (item) => isAlerting(item, 'alert')],
  ['first-page', (item) => isAlerting(item, 'page')],
  [
    'first-error-log',
    (item) => ['log', 'trace', 'platform'].includes(item.entry.kind) && statusOf(item) === 'error',
  ],
  [
    'first-status-notice',
    (item) =>
      item.entry.kind === 'status' &&
      (statusOf(item) === 'investigating' || statusOf(item) === 'identified'),
  ],
  ['first-customer-symptom', (item) => !isAlertLike(item) && statusOf(item) === 'symptom'],
  ['first-acknowledgement', (item) => statusOf(item) === 'acknowledged'],
  ['status-monitoring', (item) => statusOf(item) === 'monitoring'],
  ['mitigating-change', (item) => statusOf(item) === 'rollback' || statusOf(item) === 'mitigation'],
];

/** The first entry (in time order) matching each of the given "first …" rules, when any does. */
export function findFirstCandidates(
  items: readonly ClassifiedEntry[],
  rules: readonly MilestoneRuleId[],
): MilestoneCandidate[] {
  const candidates: MilestoneCandidate[] = [];
  for (const [rule, test] of firstRules) {
    if (!rules.includes(rule)) continue;
    const item = items.find(test);
    if (item) candidates.push({ rule, item });
  }
  return candidates;
}

/**
 * `alerts-cleared` (mitigated) and `last-alert-resolved` (resolved) from the alerts' course;
 * alerts that never resolved in the evidence are named in the note.
 */
export function findAlertClearing(items: readonly ClassifiedEntry[]): MilestoneCandidate[] {
  const course = followAlerts(items);
  const count = course.neverResolved.length;
  const named = course.neverResolved.slice(0, 3).map((title) => `"${title}"`);
  if (count > named.length) named.push(`${count - named.length} more`);
  const note =
    count === 0
      ? undefined
      : `; left out ${count} alert${count === 1 ? '' : 's'} with no resolution in the evidence: ` +
        named.join(', ');
  const candidates: MilestoneCandidate[] = [];
  if (course.cleared) candidates.push({ rule: 'alerts-cleared', item: course.cleared, note });
  if (course.lastResolved) {
    candidates.push({ rule: 'last-alert-resolved', item: course.lastResolved, note });
  }
  return candidates;
}

/**
 * The status page's resolution: the first of the trailing run of `resolved` updates, so a
 * status page that reopened after resolving proposes nothing.
 */
export function findStatusResolution(items: readonly ClassifiedEntry[]): MilestoneCandidate[] {
  const course = items.filter(
    (item) => item.entry.kind === 'status' && statusOf(item) !== null && statusOf(item) !== 'info',
  );
  const lastOpen = course.findLastIndex((item) => statusOf(item) !== 'resolved');
  const first = course[lastOpen + 1];
  return first ? [{ rule: 'status-resolved', item: first }] : [];
}
