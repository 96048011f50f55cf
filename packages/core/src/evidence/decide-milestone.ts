import { proposeMilestones, type MilestoneProposal } from '@aftermath/analysis';
import {
  DomainError,
  milestoneDecisionInput,
  parseOrThrow,
  type Incident,
  type IncidentKey,
  type MilestoneDecision,
  type MilestoneDecisionInput,
  type Principal,
  type ProposableMilestoneName,
} from '@aftermath/domain';
import type { Context } from '../context';
import { getIncident, updateIncident } from '../incidents';
import type { Repositories } from '../ports';

interface Chosen {
  at: string | null;
  entryId: string | null;
}

function chooseProposal(
  milestone: ProposableMilestoneName,
  proposal: MilestoneProposal | null,
  entryId: string | undefined,
): Chosen {
  if (proposal === null) {
    throw new DomainError(
      'failed_precondition',
      `No entry of the timeline proposes ${milestone}; override it with a time instead`,
      [{ path: 'decision', message: `nothing proposed for ${milestone}` }],
    );
  }
  if (entryId === undefined || entryId === proposal.entryId) {
    return { at: proposal.at, entryId: proposal.entryId };
  }
  const alternative = proposal.alternatives.find((alt) => alt.entryId === entryId);
  if (alternative) return { at: alternative.at, entryId: alternative.entryId };
  throw new DomainError(
    'validation',
    `entryId: entry ${entryId} is neither the proposal for ${milestone} nor one of its alternatives`,
    [{ path: 'entryId', message: 'not a proposal or alternative for this milestone' }],
  );
}

async function chooseTime(
  tx: Repositories,
  key: IncidentKey,
  milestone: ProposableMilestoneName,
  input: MilestoneDecisionInput,
): Promise<Chosen> {
  if (input.decision === 'override') return { at: input.at, entryId: null };
  const proposed = proposeMilestones(await tx.timeline.listByIncident(key));
  return chooseProposal(milestone, proposed[milestone], input.entryId);
}

/**
 * Accepts or overrides a proposed milestone. Accepting gives the incident's milestone the time of
 * the proposing entry (or of one of its alternatives) and records that entry; overriding sets the
 * person's own time. Either way the incident update is the ordinary one: `expectedVersion` must be
 * current (`version_mismatch` otherwise) and the milestones must stay in order
 * (`milestone_order`), and the decision is stored in the same transaction.
 */
export async function decideMilestone(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  milestone: ProposableMilestoneName,
  expectedVersion: number,
  rawInput: MilestoneDecisionInput,
): Promise<Incident> {
  const input = parseOrThrow(milestoneDecisionInput, rawInput);
  return ctx.store.transaction(async (tx) => {
    await getIncident(ctx, principal, key, tx);
    const chosen = await chooseTime(tx, key, milestone, input);
    const incident = await updateIncident(ctx, principal, key, expectedVersion, {
      milestones: { [milestone]: chosen.at },
    });
    const decision: MilestoneDecision = {
      incidentKey: key,
      milestone,
      decision: input.decision === 'accept' ? 'accepted' : 'overridden',
      at: chosen.at,
      entryId: chosen.entryId,
      reason: input.decision === 'override' ? input.reason || null : null,
      decidedBy: principal.username,
      decidedAt: ctx.clock().toISOString(),
    };
    await tx.milestoneDecisions.save(decision);
    return incident;
  });
}
