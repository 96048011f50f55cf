import { defaultDecisionPolicy, type ReviewRequest, type ReviewVerdict } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { assessApprovals, decideDeadlineReminders, type ApprovalFacts } from '../../src';

const at = '2026-11-20T10:00:00.000Z';
const request = (name: string, kind: 'user' | 'team' = 'user'): ReviewRequest => ({
  incidentKey: 'INC-1',
  kind,
  name,
  requestedBy: 'ana',
  requestedAt: at,
});
const verdict = (
  reviewer: string,
  decision: ReviewVerdict['decision'],
  version = 3,
): ReviewVerdict => ({
  incidentKey: 'INC-1',
  reviewer,
  decision,
  note: decision === 'approve' ? '' : 'add numbers',
  postmortemVersion: version,
  decidedAt: at,
});
const facts = (over: Partial<ApprovalFacts>): ApprovalFacts => ({
  severity: 'SEV1',
  policy: defaultDecisionPolicy.review,
  owner: 'cy',
  commander: 'ana',
  requests: [],
  verdicts: [],
  contentVersion: 3,
  teamMembers: {},
  ...over,
});

describe('assessApprovals', () => {
  it('needs the severity count of current approvals and lists who is pending', () => {
    const result = assessApprovals(
      facts({ requests: [request('bo'), request('di')], verdicts: [verdict('bo', 'approve')] }),
    );
    expect(result).toMatchObject({ required: 2, approvals: 1, ready: false, pending: ['di'] });
    expect(result.missing).toEqual(['approvals 1 of 2 (SEV1)', 'waiting for di']);
    expect(
      assessApprovals(facts({ severity: 'SEV3', verdicts: [verdict('bo', 'approve')] })).ready,
    ).toBe(true);
  });

  it('does not count verdicts given before the latest saved change', () => {
    const result = assessApprovals(
      facts({
        requests: [request('bo')],
        verdicts: [verdict('bo', 'approve', 2)],
        severity: 'SEV2',
      }),
    );
    expect(result.verdicts[0]?.stale).toBe(true);
    expect(result.approvals).toBe(0);
    expect(result.missing).toContain('1 approval is stale (given before the latest edit)');
  });

  it('blocks on a current request for changes even with enough approvals', () => {
    const result = assessApprovals(
      facts({
        severity: 'SEV2',
        requests: [request('bo'), request('di')],
        verdicts: [verdict('bo', 'approve'), verdict('di', 'request_changes')],
      }),
    );
    expect(result.ready).toBe(false);
    expect(result.missing).toEqual(['changes requested by di']);
    expect(result.requests.map((r) => r.state)).toEqual(['approved', 'changes_requested']);
  });

  it('answers a team request with any member and honours a policy of zero', () => {
    const team = assessApprovals(
      facts({
        requests: [request('payments', 'team')],
        verdicts: [verdict('ed', 'approve')],
        teamMembers: { payments: ['ed', 'fa'] },
      }),
    );
    expect(team.requests[0]).toMatchObject({ state: 'approved', answeredBy: 'ed' });
    const policy = { approvals: { ...defaultDecisionPolicy.review.approvals, SEV4: 0 } };
    expect(assessApprovals(facts({ severity: 'SEV4', policy })).ready).toBe(true);
  });

  it('warns when the owner is the commander or missing', () => {
    expect(assessApprovals(facts({ owner: 'Ana' })).warnings.map((w) => w.code)).toEqual([
      'owner-is-commander',
    ]);
    expect(assessApprovals(facts({ owner: null })).warnings.map((w) => w.code)).toEqual([
      'no-owner',
    ]);
    expect(assessApprovals(facts({})).warnings).toEqual([]);
  });
});

describe('decideDeadlineReminders', () => {
  const subject = (key: `INC-${number}`, draftDue: string, status: 'draft' | null = null) => ({
    incidentKey: key,
    title: key,
    severity: 'SEV2' as const,
    postmortemStatus: status,
    deadlines: {
      draftDue,
      finalDue: new Date(Date.parse(draftDue) + 4 * 86_400_000).toISOString(),
    },
  });
  const now = new Date('2026-11-20T10:00:00.000Z');

  it('keeps the most pressing unmet deadline per postmortem, most urgent first', () => {
    const result = decideDeadlineReminders(
      [
        subject('INC-1', '2026-11-22T10:00:00.000Z'),
        subject('INC-2', '2026-11-18T10:00:00.000Z'),
        subject('INC-3', '2026-11-20T20:00:00.000Z'),
        subject('INC-4', '2026-11-19T10:00:00.000Z', 'draft'),
      ],
      now,
      24,
    );
    expect(result.map((d) => [d.incidentKey, d.kind, d.state, d.hoursLeft])).toEqual([
      ['INC-2', 'draft', 'overdue', -48],
      ['INC-3', 'draft', 'near', 10],
      ['INC-1', 'draft', 'due', 48],
      ['INC-4', 'final', 'due', 72],
    ]);
  });
});
