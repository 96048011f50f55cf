import type { MilestoneDecision, MilestoneDecisionState, Milestones } from '@aftermath/domain';
import type { ProposableMilestone } from './propose-milestones';

/** Where one milestone stands: its state and the last decision a person made about it, if any. */
export interface MilestoneDecisionStatus {
  state: MilestoneDecisionState;
  /** The last accept/override, kept even when a later edit superseded it (state `recorded`). */
  decision: MilestoneDecision | null;
}

/** A status for each proposable milestone. */
export type MilestoneDecisionStatuses = Record<ProposableMilestone, MilestoneDecisionStatus>;

const proposable: readonly ProposableMilestone[] = [
  'impactStartedAt',
  'detectedAt',
  'acknowledgedAt',
  'mitigatedAt',
  'resolvedAt',
];

function stateOf(
  recorded: string | null,
  decision: MilestoneDecision | null,
): MilestoneDecisionState {
  if (decision !== null && decision.at === recorded) {
    return decision.decision === 'accepted' ? 'accepted' : 'overridden';
  }
  return recorded === null ? 'unset' : 'recorded';
}

/**
 * Says for each proposable milestone whether the incident's time came from an accepted proposal,
 * a person's override, or elsewhere: a decision counts only while the incident still carries the
 * time it set (an edit afterwards makes the milestone `recorded` again).
 *
 * @example
 * describeMilestoneDecisions(incident.milestones, decisions).detectedAt;
 * // { state: 'accepted', decision: { milestone: 'detectedAt', entryId: 'e7', … } }
 */
export function describeMilestoneDecisions(
  recorded: Milestones,
  decisions: readonly MilestoneDecision[],
): MilestoneDecisionStatuses {
  const byName = new Map(decisions.map((decision) => [decision.milestone, decision]));
  const entries = proposable.map((name) => {
    const decision = byName.get(name) ?? null;
    return [name, { state: stateOf(recorded[name], decision), decision }] as const;
  });
  return Object.fromEntries(entries) as MilestoneDecisionStatuses;
}
