import type { TimelineEntry } from '@aftermath/domain';
import { isDomainError } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import type { MilestoneRuleId } from './milestone-rules';
import { proposeMilestones, type ProposedMilestones } from './propose-milestones';
import { makeEntry, minutesAfter } from './testing/entry-factory';

const alert = (id: string, at: number, title: string, service = 'checkout-api') =>
  makeEntry(id, at, { kind: 'alert', title, source: 'alertmanager', service });
const page = (id: string, at: number, title: string) =>
  makeEntry(id, at, { kind: 'page', title, source: 'pagerduty' });
const status = (id: string, at: number, title: string) =>
  makeEntry(id, at, { kind: 'status', title, source: 'statuspage' });

type Expected = Partial<Record<keyof ProposedMilestones, [string, MilestoneRuleId] | null>>;

function picks(proposed: ProposedMilestones): Expected {
  const result: Expected = {};
  for (const [name, proposal] of Object.entries(proposed)) {
    result[name as keyof ProposedMilestones] = proposal ? [proposal.entryId, proposal.rule] : null;
  }
  return result;
}

const classic: TimelineEntry[] = [
  makeEntry('d1', -7, { kind: 'deploy', title: 'checkout-api v42', source: 'github' }),
  makeEntry('l1', 0, { kind: 'log', title: '[ERROR] payment timeout ×312', source: 'loki' }),
  alert('a1', 2, '[FIRING:1] HighErrorRate'),
  page('p1', 2.5, '[TRIGGERED] Checkout errors'),
  page('p2', 5, '[ACKNOWLEDGED] Checkout errors'),
  status('s1', 8, '[INVESTIGATING] Elevated checkout errors'),
  makeEntry('d2', 12, { kind: 'deploy', title: '[ROLLBACK] checkout-api v41', source: 'github' }),
  alert('a2', 20, '[RESOLVED] HighErrorRate'),
  status('s2', 22, '[MONITORING] A fix has been implemented'),
  status('s3', 40, '[RESOLVED] This incident has been resolved'),
];

const cases: Array<{ name: string; entries: TimelineEntry[]; expected: Expected }> = [
  {
    name: 'a full incident: error log, alert, page, ack, rollback, status page',
    entries: classic,
    expected: {
      impactStartedAt: ['l1', 'first-error-log'],
      detectedAt: ['a1', 'first-alert'],
      acknowledgedAt: ['p2', 'first-acknowledgement'],
      mitigatedAt: ['d2', 'mitigating-change'],
      resolvedAt: ['s3', 'status-resolved'],
    },
  },
  {
    name: 'a flapping alert is mitigated only when it stops firing',
    entries: [
      alert('a1', 0, 'HighLatency firing'),
      alert('a2', 10, 'HighLatency resolved'),
      alert('a3', 12, 'HighLatency firing'),
      alert('a4', 20, 'HighLatency resolved'),
    ],
    expected: {
      impactStartedAt: ['a1', 'first-alert'],
      detectedAt: ['a1', 'first-alert'],
      acknowledgedAt: null,
      mitigatedAt: ['a4', 'alerts-cleared'],
      resolvedAt: ['a4', 'last-alert-resolved'],
    },
  },
  {
    name: 'two alerts: cleared when the last of them resolves',
    entries: [
      alert('a1', 0, '[FIRING] A'),
      alert('b1', 3, '[FIRING] B'),
      alert('a2', 10, '[RESOLVED] A'),
      alert('b2', 15, '[RESOLVED] B'),
      alert('a3', 16, '[RESOLVED] A'),
    ],
    expected: { mitigatedAt: ['b2', 'alerts-cleared'], resolvedAt: ['b2', 'last-alert-resolved'] },
  },
  {
    name: 'an alert firing again at the end proposes neither mitigation nor resolution',
    entries: [
      alert('a1', 0, '[FIRING] A'),
      alert('b1', 5, '[FIRING] B'),
      alert('b2', 8, '[RESOLVED] B'),
      alert('a2', 10, '[RESOLVED] A'),
      alert('b3', 12, '[FIRING] B'),
    ],
    expected: { detectedAt: ['a1', 'first-alert'], mitigatedAt: null, resolvedAt: null },
  },
  {
    name: 'the same alert name on another service is another alert',
    entries: [
      alert('a1', 0, '[FIRING] HighErrorRate', 'checkout-api'),
      alert('b1', 1, '[FIRING] HighErrorRate', 'payments'),
      alert('b2', 5, '[RESOLVED] HighErrorRate', 'payments'),
      alert('b3', 6, '[FIRING] HighErrorRate', 'payments'),
      alert('a2', 9, '[RESOLVED] HighErrorRate', 'checkout-api'),
    ],
    expected: { mitigatedAt: null, resolvedAt: null },
  },
  {
    name: 'a status page that reopened after resolving is not resolved',
    entries: [
      status('s1', 0, 'Investigating: errors on checkout'),
      status('s2', 10, 'Resolved: all good'),
      status('s3', 15, 'Investigating: errors are back'),
    ],
    expected: {
      impactStartedAt: ['s1', 'first-status-notice'],
      detectedAt: null,
      resolvedAt: null,
    },
  },
  {
    name: 'a customer report before any alert starts the impact',
    entries: [
      makeEntry('c1', -5, {
        kind: 'chat',
        title: 'Customers report failed payments',
        source: 'slack',
      }),
      alert('a1', 3, 'PaymentErrors'),
    ],
    expected: {
      impactStartedAt: ['c1', 'first-customer-symptom'],
      detectedAt: ['a1', 'first-alert'],
    },
  },
  {
    name: 'a rollback before impact start is not a mitigation',
    entries: [
      makeEntry('d1', -30, { kind: 'deploy', title: 'Rolled back search v7', source: 'argo' }),
      alert('a1', 0, '[FIRING] SearchDown'),
      alert('a2', 15, '[RESOLVED] SearchDown'),
    ],
    expected: { mitigatedAt: ['a2', 'alerts-cleared'] },
  },
  {
    name: 'a rollback after the resolution is not a mitigation',
    entries: [
      status('s1', 5, 'Investigating'),
      status('s2', 20, 'Resolved'),
      makeEntry('d1', 30, { kind: 'deploy', title: '[ROLLBACK] tidy-up', source: 'argo' }),
    ],
    expected: { mitigatedAt: null, resolvedAt: ['s2', 'status-resolved'] },
  },
  {
    name: 'an alert and a page at the same instant: the alert rule comes first',
    entries: [page('p1', 0, 'Paged on-call'), alert('a1', 0, 'HighErrorRate')],
    expected: { detectedAt: ['a1', 'first-alert'] },
  },
  {
    name: 'entries that say nothing about the course propose nothing',
    entries: [
      makeEntry('n1', 0, { title: 'Opened the incident channel' }),
      makeEntry('d1', 1, { kind: 'deploy', title: 'web v3', source: 'github' }),
    ],
    expected: {
      impactStartedAt: null,
      detectedAt: null,
      acknowledgedAt: null,
      mitigatedAt: null,
      resolvedAt: null,
    },
  },
];

describe('proposeMilestones', () => {
  it.each(cases)('$name', ({ entries, expected }) => {
    expect(picks(proposeMilestones(entries))).toMatchObject(expected);
  });

  it('gives the entry time, how it was recognised, and what other rules found', () => {
    const proposed = proposeMilestones(classic);
    expect(proposed.detectedAt).toEqual({
      at: minutesAfter(2),
      entryId: 'a1',
      rule: 'first-alert',
      basis: 'tag',
      reason:
        'first alert firing: "[FIRING:1] HighErrorRate" (alert, alertmanager, checkout-api), ' +
        'recognised by the tag [FIRING]',
      alternatives: [
        {
          at: minutesAfter(2.5),
          entryId: 'p1',
          rule: 'first-page',
          reason:
            'first page: "[TRIGGERED] Checkout errors" (page, pagerduty), recognised by the tag [TRIGGERED]',
        },
      ],
    });
    expect(proposed.mitigatedAt?.alternatives.map((alt) => alt.entryId)).toEqual(['a2', 's2']);
  });

  it('leaves out alerts that never resolve in the evidence, and says so', () => {
    const proposed = proposeMilestones([
      alert('w1', 1, 'GatewayHigh429Rate warning: 429 share 28%', 'api-gateway'),
      alert('a1', 4, 'ApiAvailabilityBurn firing (page)', 'api-gateway'),
      page('p1', 4.3, 'Paged edge on-call'),
      page('p2', 6, 'Page acknowledged by kwame.mensah'),
      alert('a2', 19, 'ApiAvailabilityBurn resolved; 429 share back to 0.3%', 'api-gateway'),
    ]);
    expect(proposed.mitigatedAt?.entryId).toBe('a2');
    expect(proposed.mitigatedAt?.reason).toBe(
      'alerts cleared (no alert firing from here on): "ApiAvailabilityBurn resolved; 429 share ' +
        'back to 0.3%" (alert, alertmanager, api-gateway), recognised by the word "resolved"; ' +
        'left out 2 alerts with no resolution in the evidence: "GatewayHigh429Rate warning: 429 ' +
        'share 28%", "Paged edge on-call"',
    );
    expect(proposed.acknowledgedAt?.entryId).toBe('p2');
  });

  it('does not depend on the order of the input', () => {
    const reversed = [...classic].reverse();
    expect(proposeMilestones(reversed)).toEqual(proposeMilestones(classic));
  });

  it('ignores entries before notBefore', () => {
    const entries = [alert('old', -300, '[FIRING] Stale'), alert('new', 0, '[FIRING] Fresh')];
    expect(proposeMilestones(entries).detectedAt?.entryId).toBe('old');
    expect(proposeMilestones(entries, { notBefore: minutesAfter(-60) }).detectedAt?.entryId).toBe(
      'new',
    );
  });

  it('names the bad field on bad input', () => {
    const bad = [alert('a1', 0, 'X'), { ...alert('a2', 1, 'Y'), at: 'yesterday' }];
    expect(() => proposeMilestones(bad)).toThrow(/entries\.1\.at: expected an ISO 8601/);
    try {
      proposeMilestones([], { notBefore: '2026-03-01 12:00' });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error, 'validation')).toBe(true);
      expect((error as { details: unknown }).details).toEqual([
        { path: 'notBefore', message: expect.stringContaining('ISO 8601') as string },
      ]);
    }
  });
});
