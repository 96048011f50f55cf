import { emptyMilestones } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { describeMilestoneDecisions } from './milestone-decisions';
import { proposeMilestones } from './propose-milestones';
import { findSuspectChanges } from './suspect-changes';
import { findTelemetryGaps } from './telemetry-gaps';
import { makeEntry, minutesAfter } from './testing/entry-factory';
import { buildTimelineMarkdown } from './timeline-markdown';
import type { TimelineView } from './timeline-view';

const logs = Array.from({ length: 8 }, (_, i) =>
  makeEntry(`l${i}`, i - 6, {
    kind: 'log',
    title: 'GET /cart 200',
    source: 'loki',
    service: 'cart',
  }),
);
const entries = [
  makeEntry('d1', -7, {
    kind: 'deploy',
    title: 'cart v42',
    source: 'deploy',
    service: 'cart',
    precision: 'min',
    zoneAssumed: true,
  }),
  makeEntry('a1', 2, {
    kind: 'alert',
    title: '[FIRING:1] CartErrors | p99 > 2s',
    source: 'alertmanager',
    service: 'cart',
    evidence: { evidenceId: 'ev-3', line: null, byteOffset: null, jsonPointer: '/alerts/0' },
  }),
  makeEntry('n1', 30, { title: 'Restarted *all* pods\nthen waited', author: 'ana' }),
  ...logs,
];

function viewOf(): TimelineView {
  const proposed = proposeMilestones(entries);
  const recorded = { ...emptyMilestones, detectedAt: minutesAfter(3) };
  const decisions = describeMilestoneDecisions(recorded, [
    {
      incidentKey: 'INC-42',
      milestone: 'detectedAt',
      decision: 'overridden',
      at: minutesAfter(3),
      entryId: null,
      reason: 'pager log shows 12:03',
      decidedBy: 'ana',
      decidedAt: minutesAfter(90),
    },
  ]);
  return {
    entries,
    milestones: { recorded, proposed, decisions },
    suspects: findSuspectChanges(entries, { impactStartedAt: minutesAfter(2), services: ['cart'] }),
    gaps: findTelemetryGaps(entries, { from: minutesAfter(0), to: minutesAfter(60) }),
  };
}

describe('buildTimelineMarkdown', () => {
  const markdown = buildTimelineMarkdown(viewOf());
  const lines = markdown.split('\n');

  it('renders entries in time order at their precision, flagging assumed zones', () => {
    expect(lines[0]).toBe('# Timeline of INC-42');
    const rows = lines.filter((line) => /^\| 2026/.test(line));
    expect(rows[0]).toBe(
      '| 2026-03-01T11:53Z ⚠ zone assumed | deploy | deploy | cart | cart v42 | — | — |',
    );
    expect(markdown).toContain(
      '| 2026-03-01T12:02:00Z | alert | alertmanager | cart | ' +
        '\\[FIRING:1\\] CartErrors \\| p99 \\> 2s | — | ev-3 at /alerts/0 |',
    );
    expect(markdown).toContain('Restarted \\*all\\* pods<br>then waited | ana |');
    expect(markdown).toContain('⚠ zone assumed: the source gave no time zone');
  });

  it('shows recorded and proposed milestones with the entry that set each and why', () => {
    expect(lines).toContain(
      '| Detected | 2026-03-01T12:03:00Z | overridden by ana: pager log shows 12:03 | ' +
        '2026-03-01T12:02:00Z | a1 | first alert firing: ' +
        '"\\[FIRING:1\\] CartErrors \\| p99 \\> 2s" (alert, alertmanager, cart), recognised by ' +
        'the tag \\[FIRING\\] |',
    );
    expect(lines).toContain('| Acknowledged | — | — | — | — | no evidence for it yet |');
    expect(lines).toContain('| Closed | — | — | — | — | set by people, never proposed |');
  });

  it('ranks suspects with their reasons and lists gaps', () => {
    expect(lines).toContain(
      // 0.5^(9/60) × 1 = 0.901
      '| 1 | 2026-03-01T11:53Z ⚠ zone assumed | deploy | cart v42 | cart | 0.901 | deployed 9 min ' +
        'before impact start; same service: cart; time known only to the minute; time zone ' +
        'assumed (the source gave none) | d1 |',
    );
    expect(lines).toContain('| loki | cart | 1 min | 2026-03-01T12:01:00Z | 59 min | not again |');
  });

  it('says so when there is nothing to show', () => {
    const empty = buildTimelineMarkdown({
      entries: [],
      milestones: {
        recorded: emptyMilestones,
        proposed: proposeMilestones([]),
        decisions: describeMilestoneDecisions(emptyMilestones, []),
      },
      suspects: [],
      gaps: [],
    });
    expect(empty).toContain('# Timeline\n');
    expect(empty).toContain('No entries yet.');
    expect(empty).toContain('No deploys or changes found before impact start.');
    expect(empty).toContain('No steady source went silent during the incident.');
    expect(empty).not.toContain('zone assumed');
  });
});
