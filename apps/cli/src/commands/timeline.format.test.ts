import { describeMilestoneDecisions, proposeMilestones } from '@aftermath/analysis';
import { emptyMilestones } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { formatTimelineText } from './timeline.format';

describe('formatTimelineText', () => {
  it('says which milestones a person accepted or overrode, and by whom', () => {
    const recorded = {
      ...emptyMilestones,
      detectedAt: '2026-03-01T12:04:00.000Z',
      impactStartedAt: '2026-03-01T12:00:00.000Z',
    };
    const decisions = describeMilestoneDecisions(recorded, [
      {
        incidentKey: 'INC-1',
        milestone: 'detectedAt',
        decision: 'overridden',
        at: '2026-03-01T12:04:00.000Z',
        entryId: null,
        reason: null,
        decidedBy: 'ana',
        decidedAt: '2026-03-02T09:00:00.000Z',
      },
    ]);
    const text = formatTimelineText({
      entries: [],
      milestones: { recorded, proposed: proposeMilestones([]), decisions },
      suspects: [],
      gaps: [],
    });
    const lines = text.split('\n');
    expect(lines.find((line) => line.includes('detected'))).toContain(
      '2026-03-01 12:04:00Z (overridden by ana)',
    );
    expect(lines.find((line) => line.includes('impact started'))).not.toContain('(');
  });
});
