import type { MilestoneName, TimelineEntry } from '@aftermath/domain';
import { classifyEntries, type ClassifiedEntry } from './classify-entries';
import type { StatusBasis } from './entry-status';
import { readInstant } from './read-input';
import {
  findAlertClearing,
  findFirstCandidates,
  findStatusResolution,
  ruleDescriptions,
  type MilestoneCandidate,
  type MilestoneRuleId,
} from './milestone-rules';

/** The milestones evidence can propose; `closedAt` is a people's decision, never proposed. */
export type ProposableMilestone = Exclude<MilestoneName, 'closedAt'>;

/** Another entry a different rule would have picked, so a person can choose it instead. */
export interface MilestoneAlternative {
  /** UTC ISO timestamp of the entry. */
  at: string;
  entryId: string;
  rule: MilestoneRuleId;
  reason: string;
}

/**
 * A milestone time proposed from one timeline entry, with why, for a person to accept or
 * override. `at` is that entry's time (UTC ISO).
 *
 * @example
 * { at: '2026-03-01T12:04:00.000Z', entryId: 'e7', rule: 'first-alert', basis: 'tag',
 *   reason: 'first alert firing: "[FIRING:1] HighErrorRate" (alert, alertmanager, checkout-api), recognised by the tag [FIRING]',
 *   alternatives: [{ at: '2026-03-01T12:05:00.000Z', entryId: 'e9', rule: 'first-page', reason: '…' }] }
 */
export interface MilestoneProposal extends MilestoneAlternative {
  /** How the entry's status was recognised: a title tag, a word in the title, or its kind. */
  basis: StatusBasis;
  /** What the other rules for this milestone found, in time order. */
  alternatives: MilestoneAlternative[];
}

/** A proposal (or null when the evidence shows nothing) for each proposable milestone. */
export type ProposedMilestones = Record<ProposableMilestone, MilestoneProposal | null>;

/** Options for {@link proposeMilestones}. */
export interface ProposeMilestonesOptions {
  /**
   * UTC ISO timestamp; entries before it are ignored (for example old alerts or logs imported
   * along with the incident's evidence). Default: none ignored.
   */
  notBefore?: string | null;
}

function describe(candidate: MilestoneCandidate): string {
  const { entry, reading } = candidate.item;
  const where = [entry.kind, entry.source, entry.service].filter((part) => part !== null);
  const title = entry.title.length > 80 ? `${entry.title.slice(0, 79)}…` : entry.title;
  const how = !reading
    ? ''
    : reading.basis === 'tag'
      ? `, recognised by the tag ${reading.matched}`
      : reading.basis === 'word'
        ? `, recognised by the word "${reading.matched}"`
        : `, recognised by its kind (${reading.matched})`;
  const note = candidate.note ?? '';
  return `${ruleDescriptions[candidate.rule]}: "${title}" (${where.join(', ')})${how}${note}`;
}

function toAlternative(candidate: MilestoneCandidate): MilestoneAlternative {
  const { entry } = candidate.item;
  return { at: entry.at, entryId: entry.id, rule: candidate.rule, reason: describe(candidate) };
}

function choose(
  candidates: readonly MilestoneCandidate[],
  pick: 'earliest' | 'latest',
): (MilestoneProposal & { ms: number }) | null {
  // Stable sort keeps rule order for candidates at the same instant.
  const ordered = [...candidates].sort((a, b) => a.item.ms - b.item.ms);
  const chosen = pick === 'earliest' ? ordered[0] : ordered[ordered.length - 1];
  if (!chosen) return null;
  return {
    ...toAlternative(chosen),
    basis: chosen.item.reading?.basis ?? 'kind',
    alternatives: ordered.filter((c) => c !== chosen).map(toAlternative),
    ms: chosen.item.ms,
  };
}

function strip(proposal: (MilestoneProposal & { ms: number }) | null): MilestoneProposal | null {
  if (!proposal) return null;
  const { ms: _ms, ...rest } = proposal;
  return rest;
}

const impactRules: MilestoneRuleId[] = [
  'first-alert',
  'first-page',
  'first-error-log',
  'first-status-notice',
  'first-customer-symptom',
];

/**
 * Proposes milestones from timeline entries, each pointing at the entry that set it and saying
 * why (see {@link readEntryStatus} for how entries announce alerts, acknowledgements, status-page
 * updates and rollbacks):
 * - `impactStartedAt`: the first symptom: alert or page firing, error log or platform warning,
 *   status-page notice, or customer-facing symptom;
 * - `detectedAt`: the first alert or page firing;
 * - `acknowledgedAt`: the first acknowledgement at or after impact start;
 * - `mitigatedAt`: the earliest of the status page moving to monitoring, a rollback or
 *   mitigation, and the alerts clearing; at or after impact start, never after `resolvedAt`;
 * - `resolvedAt`: the later of the status page resolving (and staying resolved) and the last
 *   alert resolving with none firing after it.
 * Pure and deterministic: the same entries in any order give the same proposals. Proposals can
 * still be out of order (an acknowledgement after mitigation); check them with
 * `findMilestoneOrderProblems` before recording them.
 *
 * @example
 * const proposed = proposeMilestones(entries);
 * proposed.detectedAt?.entryId; // 'e7': the first alert
 * proposed.detectedAt?.reason; // 'first alert firing: "[FIRING:1] HighErrorRate" (alert, alertmanager, checkout-api), recognised by the tag [FIRING]'
 */
export function proposeMilestones(
  entries: readonly TimelineEntry[],
  options: ProposeMilestonesOptions = {},
): ProposedMilestones {
  const notBefore =
    options.notBefore == null ? -Infinity : readInstant(options.notBefore, 'notBefore');
  const items = classifyEntries(entries).filter((item) => item.ms >= notBefore);
  const impact = choose(findFirstCandidates(items, impactRules), 'earliest');
  const detected = choose(findFirstCandidates(items, ['first-alert', 'first-page']), 'earliest');
  const after: ClassifiedEntry[] = impact ? items.filter((item) => item.ms >= impact.ms) : items;
  const clearing = findAlertClearing(after);
  const resolved = choose(
    [...findStatusResolution(after), ...clearing.filter((c) => c.rule === 'last-alert-resolved')],
    'latest',
  );
  const beforeResolved = resolved ? after.filter((item) => item.ms <= resolved.ms) : after;
  const mitigated = choose(
    [
      ...findFirstCandidates(beforeResolved, ['status-monitoring', 'mitigating-change']),
      ...clearing.filter((c) => c.rule === 'alerts-cleared'),
    ],
    'earliest',
  );
  return {
    impactStartedAt: strip(impact),
    detectedAt: strip(detected),
    acknowledgedAt: strip(
      choose(findFirstCandidates(after, ['first-acknowledgement']), 'earliest'),
    ),
    mitigatedAt: strip(mitigated),
    resolvedAt: strip(resolved),
  };
}
