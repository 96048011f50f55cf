import { emptyMilestones, type MilestoneDecision } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { describeMilestoneDecisions } from './milestone-decisions';

const accepted: MilestoneDecision = {
  incidentKey: 'INC-1',
  milestone: 'detectedAt',
  decision: 'accepted',
  at: '2026-03-01T12:04:00.000Z',
  entryId: 'e7',
  reason: null,
  decidedBy: 'ana',
  decidedAt: '2026-03-02T09:00:00.000Z',
};

describe('describeMilestoneDecisions', () => {
  it('reports a decision only while the incident still carries the time it set', () => {
    const kept = describeMilestoneDecisions(
      { ...emptyMilestones, detectedAt: accepted.at, impactStartedAt: '2026-03-01T12:00:00.000Z' },
      [accepted],
    );
    expect(kept.detectedAt).toEqual({ state: 'accepted', decision: accepted });
    expect(kept.impactStartedAt).toEqual({ state: 'recorded', decision: null });
    expect(kept.resolvedAt).toEqual({ state: 'unset', decision: null });
    const edited = describeMilestoneDecisions(
      { ...emptyMilestones, detectedAt: '2026-03-01T12:09:00.000Z' },
      [accepted],
    );
    expect(edited.detectedAt.state).toBe('recorded');
  });

  it('counts an override to "not reached" as overridden while the milestone stays unset', () => {
    const cleared = { ...accepted, decision: 'overridden' as const, at: null, entryId: null };
    expect(describeMilestoneDecisions(emptyMilestones, [cleared]).detectedAt.state).toBe(
      'overridden',
    );
  });
});
