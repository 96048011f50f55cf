import { decisionPolicy, defaultDecisionPolicy, emptyMilestones } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { decidePostmortem, type PolicyFacts } from '../../src/policy';

function facts(change: (f: PolicyFacts) => void = () => {}): PolicyFacts {
  const value: PolicyFacts = {
    incident: {
      key: 'INC-9',
      severity: 'SEV3',
      type: 'outage',
      tags: [],
      customerImpact: { description: 'Slow search', usersAffected: 40, requestsAffected: null },
      milestones: {
        ...emptyMilestones,
        impactStartedAt: '2026-11-20T09:00:00.000Z',
        mitigatedAt: '2026-11-20T09:10:00.000Z',
        resolvedAt: '2026-11-20T10:00:00.000Z',
      },
    },
    slo: null,
    recurrences: [],
  };
  change(value);
  return value;
}

const earlier = (key: string) => ({
  key,
  at: '2026-11-01T00:00:00.000Z',
  via: 'service-and-trigger' as const,
});

describe('decidePostmortem with the default policy', () => {
  it.each<[string, (f: PolicyFacts) => void, 'full' | 'lightweight' | 'none', RegExp]>([
    ['SEV1', (f) => (f.incident.severity = 'SEV1'), 'full', /Severity SEV1 is SEV2 or worse/],
    ['SEV2', (f) => (f.incident.severity = 'SEV2'), 'full', /Severity SEV2 is SEV2 or worse/],
    ['SEV3 with no rule hit', () => {}, 'lightweight', /policy's default is lightweight/],
    [
      'SLO violated, 1,200 users',
      (f) => {
        f.slo = { name: 'search-latency', violated: true, budgetSpent: null };
        f.incident.customerImpact.usersAffected = 1200;
      },
      'full',
      /SLO search-latency was violated .*1,200 users affected ≥ 100/,
    ],
    [
      'SLO violated, 20% of the budget',
      (f) => (f.slo = { name: 'search-latency', violated: true, budgetSpent: 0.2 }),
      'full',
      /20% of the error budget spent ≥ 10%/,
    ],
    [
      'SLO violated, 45 minutes of impact',
      (f) => {
        f.slo = { name: 'search-latency', violated: true, budgetSpent: 0.01 };
        f.incident.milestones.mitigatedAt = '2026-11-20T09:45:00.000Z';
      },
      'full',
      /45 min of impact ≥ 30 min/,
    ],
    [
      'SLO violated below every threshold',
      (f) => (f.slo = { name: 'search-latency', violated: true, budgetSpent: 0.01 }),
      'lightweight',
      /reaches no threshold/,
    ],
    [
      'third time in 90 days',
      (f) => (f.recurrences = [earlier('INC-3'), earlier('INC-6')]),
      'full',
      /3 times in 90 days \(with INC-3, INC-6\)/,
    ],
    ['second time only', (f) => (f.recurrences = [earlier('INC-3')]), 'lightweight', /default/],
    [
      'auto-resolved, no customer impact',
      (f) => {
        f.incident.tags = ['auto-resolved'];
        f.incident.customerImpact = {
          description: 'None',
          usersAffected: 0,
          requestsAffected: null,
        };
      },
      'lightweight',
      /Auto-resolved \(tag auto-resolved\) with no customer impact/,
    ],
    [
      'auto-resolved SEV2 stays full',
      (f) => {
        f.incident.severity = 'SEV2';
        f.incident.tags = ['auto-resolved'];
        f.incident.customerImpact = {
          description: '',
          usersAffected: null,
          requestsAffected: null,
        };
      },
      'full',
      /SEV2/,
    ],
    [
      'auto-resolved but customers felt it',
      (f) => (f.incident.tags = ['auto-resolved']),
      'lightweight',
      /default/,
    ],
  ])('%s → %s', (_name, change, requirement, reason) => {
    const decision = decidePostmortem(defaultDecisionPolicy, facts(change));
    expect(decision.requirement).toBe(requirement);
    expect(decision.reasons.join('\n')).toMatch(reason);
  });

  it('adds a restricted security track to security incidents', () => {
    const decision = decidePostmortem(
      defaultDecisionPolicy,
      facts((f) => (f.incident.type = 'security')),
    );
    expect(decision.tracks).toEqual([
      { id: 'postmortem', restricted: false },
      { id: 'security', restricted: true },
    ]);
    expect(decision.reasons.join('\n')).toMatch(/Security incident \(type security\)/);
    const tagged = decidePostmortem(
      defaultDecisionPolicy,
      facts((f) => (f.incident.tags = ['security'])),
    );
    expect(tagged.tracks.map((t) => t.id)).toEqual(['postmortem', 'security']);
    expect(decidePostmortem(defaultDecisionPolicy, facts()).tracks).toEqual([
      { id: 'postmortem', restricted: false },
    ]);
  });

  it('sets the draft 72 h and the final 7 days after resolution', () => {
    expect(decidePostmortem(defaultDecisionPolicy, facts()).deadlines).toEqual({
      draftDue: '2026-11-23T10:00:00.000Z',
      finalDue: '2026-11-27T10:00:00.000Z',
    });
    const open = decidePostmortem(
      defaultDecisionPolicy,
      facts((f) => (f.incident.milestones.resolvedAt = null)),
    );
    expect(open.deadlines).toEqual({ draftDue: null, finalDue: null });
    expect(open.reasons.join('\n')).toMatch(/Deadlines start when the incident is resolved/);
  });
});

describe('decidePostmortem with a workspace policy', () => {
  it('follows the configured severity, recurrence, default and deadlines', () => {
    const policy = decisionPolicy.parse({
      full: { maxSeverity: 'SEV1' },
      otherwise: 'none',
      recurrence: { escalateAbove: 1, windowDays: 30 },
      deadlines: { draftHours: 24, finalDays: 3 },
    });
    const sev2 = decidePostmortem(
      policy,
      facts((f) => (f.incident.severity = 'SEV2')),
    );
    expect(sev2).toMatchObject({ requirement: 'none', tracks: [], deadlines: { draftDue: null } });
    const repeat = decidePostmortem(
      policy,
      facts((f) => (f.recurrences = [earlier('INC-2')])),
    );
    expect(repeat.requirement).toBe('full');
    expect(repeat.recurrence).toEqual({ occurrences: 2, windowDays: 30, keys: ['INC-2'] });
    expect(repeat.deadlines).toEqual({
      draftDue: '2026-11-21T10:00:00.000Z',
      finalDue: '2026-11-23T10:00:00.000Z',
    });
  });
});
