import { z } from 'zod';
import { incidentKey } from './incident';
import { utcTimestamp } from './time';

/** The milestones evidence can propose; `closedAt` is always a person's call, never proposed. */
export const proposableMilestoneName = z.enum([
  'impactStartedAt',
  'detectedAt',
  'acknowledgedAt',
  'mitigatedAt',
  'resolvedAt',
]);
export type ProposableMilestoneName = z.infer<typeof proposableMilestoneName>;

/**
 * What a person decides about a proposed milestone. `accept` gives the incident's milestone the
 * proposed time and records the entry that set it (`entryId` picks one of the proposal's
 * alternatives instead of the proposal itself); `override` sets a time of the person's own
 * (`null` = the milestone was not reached), optionally with why.
 *
 * @example
 * milestoneDecisionInput.parse({ decision: 'accept' });
 * milestoneDecisionInput.parse({ decision: 'override', at: '2026-03-01T12:03:00Z', reason: 'pager log' });
 */
export const milestoneDecisionInput = z.discriminatedUnion('decision', [
  z
    .object({ decision: z.literal('accept'), entryId: z.string().min(1).max(100).optional() })
    .strict(),
  z
    .object({
      decision: z.literal('override'),
      at: utcTimestamp.nullable(),
      reason: z.string().trim().max(500).optional(),
    })
    .strict(),
]);
export type MilestoneDecisionInput = z.input<typeof milestoneDecisionInput>;

/**
 * A recorded decision about one milestone of one incident: the time it gave the milestone (UTC
 * ISO, or null), the timeline entry that set it (accepted proposals only), who decided and when.
 *
 * @example
 * { incidentKey: 'INC-7', milestone: 'detectedAt', decision: 'accepted', at: '2026-03-01T12:04:00.000Z',
 *   entryId: '01h…', reason: null, decidedBy: 'alice', decidedAt: '2026-03-02T09:00:00.000Z' }
 */
export const milestoneDecision = z.object({
  incidentKey,
  milestone: proposableMilestoneName,
  decision: z.enum(['accepted', 'overridden']),
  at: utcTimestamp.nullable(),
  entryId: z.string().nullable(),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: utcTimestamp,
});
export type MilestoneDecision = z.infer<typeof milestoneDecision>;

/**
 * Where a milestone stands in the timeline view: `accepted` or `overridden` when the incident still
 * carries the time a decision gave it, `recorded` when it was set another way (a status move, an
 * edit, or edited after the decision), `unset` when it has no time.
 */
export const milestoneDecisionState = z.enum(['accepted', 'overridden', 'recorded', 'unset']);
export type MilestoneDecisionState = z.infer<typeof milestoneDecisionState>;
