import { decisionPolicy } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { runChecklist } from '../../src/checklist';
import { assessDeadlines, checkGate } from '../../src/policy';
import { completeInput } from '../checklist/checklist-input';

const deadlines = { draftDue: '2026-11-23T10:00:00.000Z', finalDue: '2026-11-27T10:00:00.000Z' };

describe('assessDeadlines', () => {
  it.each<[string, Parameters<typeof assessDeadlines>[1], string, string[]]>([
    ['no postmortem, before the draft is due', null, '2026-11-22T00:00:00Z', ['due', 'due']],
    ['no postmortem, after the draft is due', null, '2026-11-24T00:00:00Z', ['overdue', 'due']],
    ['a draft, after the final is due', 'draft', '2026-11-28T00:00:00Z', ['met', 'overdue']],
    ['in review, before the final is due', 'in_review', '2026-11-25T00:00:00Z', ['met', 'due']],
    ['published late', 'published', '2026-12-28T00:00:00Z', ['met', 'met']],
  ])('%s', (_name, status, now, states) => {
    const result = assessDeadlines(deadlines, status, new Date(now));
    expect(result.map((d) => d.kind)).toEqual(['draft', 'final']);
    expect(result.map((d) => d.state)).toEqual(states);
  });

  it('has nothing to assess before resolution', () => {
    expect(assessDeadlines({ draftDue: null, finalDue: null }, null, new Date())).toEqual([]);
  });
});

describe('checkGate', () => {
  const policy = decisionPolicy.parse({
    gates: { in_review: ['summary'], published: ['summary', 'lessons', 'no-secrets', 'lessons'] },
  });

  it('lists the required items that fail, and nothing when they pass', () => {
    const input = completeInput();
    expect(checkGate(policy, runChecklist(input), 'published').missing).toEqual([]);
    input.postmortem.sections.lessons = '';
    input.sensitiveFindings = [{ line: 2, kind: 'secret', rule: 'github-token' }];
    input.postmortem.rca = null;
    const gate = checkGate(policy, runChecklist(input), 'published');
    expect(gate.required).toEqual(['summary', 'lessons', 'no-secrets']);
    expect(gate.missing.map((item) => item.id)).toEqual(['lessons', 'no-secrets']);
    expect(checkGate(policy, runChecklist(input), 'in_review').missing).toEqual([]);
  });
});
