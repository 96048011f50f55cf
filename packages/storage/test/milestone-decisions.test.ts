import type { MilestoneDecision } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { anIncident } from './factories';

function aDecision(overrides: Partial<MilestoneDecision> = {}): MilestoneDecision {
  return {
    incidentKey: 'INC-1',
    milestone: 'detectedAt',
    decision: 'accepted',
    at: '2026-03-01T12:04:00.000Z',
    entryId: 'entry-1',
    reason: null,
    decidedBy: 'alice',
    decidedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

describeEachDialect('milestone decisions', (suite) => {
  beforeEach(async () => {
    await suite.store().incidents.insert(anIncident());
  });

  it('keeps one decision per milestone: the latest replaces the earlier one', async () => {
    const { milestoneDecisions } = suite.store();
    await milestoneDecisions.save(aDecision());
    const override = aDecision({
      decision: 'overridden',
      at: null,
      entryId: null,
      reason: 'the alert was a test',
      decidedBy: 'bob',
    });
    await milestoneDecisions.save(override);
    await milestoneDecisions.save(aDecision({ milestone: 'impactStartedAt' }));
    const stored = await milestoneDecisions.listByIncident('INC-1');
    expect(stored).toEqual([override, aDecision({ milestone: 'impactStartedAt' })]);
  });

  it('refuses a decision for an unknown incident', async () => {
    await expect(
      suite.store().milestoneDecisions.save(aDecision({ incidentKey: 'INC-9' })),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
