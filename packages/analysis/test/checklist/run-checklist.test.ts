import type { ChecklistItemId } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS, runChecklist, type ChecklistInput } from '../../src/checklist';
import { completeInput } from './checklist-input';

type Change = (input: ChecklistInput) => void;

/** One broken thing per row: the item it fails, and words its `why` must contain. */
const failures: [string, ChecklistItemId | ChecklistItemId[], Change, RegExp][] = [
  ['empty summary', 'summary', (i) => (i.postmortem.sections.summary = ' <!-- hint --> '), /empty/],
  [
    'long summary',
    'summary',
    (i) => (i.postmortem.sections.summary = 'word '.repeat(151)),
    /151 words/,
  ],
  [
    'no impact start',
    ['impact-quantified', 'timeline-milestones'],
    (i) => (i.incident.milestones.impactStartedAt = null),
    /duration/,
  ],
  [
    'no counts anywhere',
    'impact-quantified',
    (i) => {
      i.incident.customerImpact.usersAffected = null;
      i.postmortem.sections.impact = 'Payments failed.';
    },
    /users or requests/,
  ],
  [
    'SLO without budget spent',
    'impact-quantified',
    (i) => (i.slo = { name: 'checkout-avail', budgetSpent: null }),
    /error budget of SLO checkout-avail/,
  ],
  [
    'no detection milestone',
    'timeline-milestones',
    (i) => (i.incident.milestones.detectedAt = null),
    /detectedAt/,
  ],
  [
    'no trigger code',
    'rca-coded',
    (i) => (i.postmortem.rca = { trigger: null, rootCauses: ['configuration'] }),
    /trigger code/,
  ],
  [
    'no RCA at all',
    'rca-coded',
    (i) => (i.postmortem.rca = null),
    /trigger code and a root-cause code/,
  ],
  [
    'human-error code',
    'root-cause-not-human-error',
    (i) => (i.postmortem.rca = { trigger: 'config-push', rootCauses: ['human-error'] }),
    /coded as human-error/,
  ],
  [
    'operator error in text',
    'root-cause-not-human-error',
    (i) => (i.postmortem.sections.rootCauses = 'Operator error during the push.'),
    /Operator error/,
  ],
  [
    'only a mitigate action',
    'prevent-action',
    (i) => (i.actions = i.actions.map((a) => ({ ...a, type: 'mitigate' }))),
    /actions\.preventRule: a SEV2 postmortem needs at least one P0\/P1 prevent action/,
  ],
  [
    'only a P2 prevent action on a SEV2 incident',
    'prevent-action',
    (i) => (i.actions = i.actions.map((a) => ({ ...a, priority: 'P2' }))),
    /needs at least one P0\/P1 prevent action, and it has none/,
  ],
  [
    'no prevent action on a SEV3 incident (outside the rule)',
    'prevent-action',
    (i) => {
      i.incident.severity = 'SEV3';
      i.actions = i.actions.map((a) => ({ ...a, type: 'detect' }));
    },
    /none of type prevent/,
  ],
  [
    'prevent action dropped',
    'prevent-action',
    (i) => (i.actions = i.actions.map((a) => ({ ...a, status: 'wont_do' }))),
    /a SEV2 postmortem needs at least one P0\/P1 prevent action/,
  ],
  [
    'action without owner and criteria',
    'actions-complete',
    (i) => (i.actions = i.actions.map((a) => ({ ...a, owner: null, verificationCriteria: ' ' }))),
    /lacks owner and verification criteria/,
  ],
  [
    'no lessons',
    'lessons',
    (i) => (i.postmortem.sections.lessons = ''),
    /"Lessons learned" is empty/,
  ],
  [
    'a language error',
    'blameless-language',
    (i) =>
      (i.languageFindings = [
        {
          line: 3,
          severity: 'error',
          ruleId: 'blameless/blame',
          message: '"human error" blames a person',
        },
      ]),
    /line 3.*human error/,
  ],
  [
    'an AWS key',
    'no-secrets',
    (i) => (i.sensitiveFindings = [{ line: 7, kind: 'secret', rule: 'aws-access-key' }]),
    /aws-access-key\) at line 7/,
  ],
  [
    'secrets in two sections',
    'no-secrets',
    (i) =>
      (i.sensitiveFindings = [
        { section: 'Impact', line: 2, kind: 'secret', rule: 'password' },
        { section: 'Resolution', line: 1, kind: 'secret', rule: 'jwt' },
      ]),
    /2 unredacted secrets \(password, jwt\) at Impact line 2, Resolution line 1/,
  ],
];

describe('runChecklist', () => {
  it('passes every item of a complete postmortem and scores 100', () => {
    const result = runChecklist(completeInput());
    expect(result.items.filter((item) => !item.passed)).toEqual([]);
    expect(result).toMatchObject({ score: 100, passed: 10, total: 10 });
  });

  it.each(failures)('%s fails %s and only that, with why and fix', (_name, id, change, why) => {
    const input = completeInput();
    change(input);
    const result = runChecklist(input);
    const failed = result.items.filter((item) => !item.passed);
    const ids = Array.isArray(id) ? id : [id];
    expect(failed.map((item) => item.id)).toEqual(ids);
    expect(failed[0]?.why).toMatch(why);
    expect(failed[0]?.fix).not.toBe('');
    const lost = CHECKLIST_ITEMS.filter((item) => ids.includes(item.id));
    expect(result.score).toBe(100 - lost.reduce((sum, item) => sum + item.weight, 0));
  });

  it.each([
    [
      'counts written under Impact',
      (i: ChecklistInput) => (i.incident.customerImpact.usersAffected = null),
    ],
    [
      'a PII finding (not a secret)',
      (i: ChecklistInput) => (i.sensitiveFindings = [{ line: 1, kind: 'pii', rule: 'email' }]),
    ],
    [
      'a language warning',
      (i: ChecklistInput) =>
        (i.languageFindings = [
          { line: 1, severity: 'warning', ruleId: 'blameless/judgement', message: 'x' },
        ]),
    ],
    [
      'no actions yet, for actions-complete',
      (i: ChecklistInput) => (i.actions = [{ ...i.actions[0]!, status: 'wont_do', owner: null }]),
    ],
    [
      'an SLO with its budget spent',
      (i: ChecklistInput) => (i.slo = { name: 'checkout-avail', budgetSpent: 0.2 }),
    ],
    [
      '"human" in an unrelated phrase',
      (i: ChecklistInput) =>
        (i.postmortem.sections.rootCauses = 'The human-readable config hid the unit.'),
    ],
  ])('still passes with %s', (_name, change) => {
    const input = completeInput();
    change(input);
    const failed = runChecklist(input).items.filter(
      (item) => !item.passed && item.id !== 'prevent-action',
    );
    expect(failed).toEqual([]);
  });

  it('keeps the documented order and default weights summing to 100', () => {
    expect(CHECKLIST_ITEMS.map((item) => item.id)).toEqual([
      'summary',
      'impact-quantified',
      'timeline-milestones',
      'rca-coded',
      'root-cause-not-human-error',
      'prevent-action',
      'actions-complete',
      'lessons',
      'blameless-language',
      'no-secrets',
    ]);
    expect(CHECKLIST_ITEMS.reduce((sum, item) => sum + item.weight, 0)).toBe(100);
  });

  it('applies the policy prevent rule as configured, or only asks for a prevent action when it is off', () => {
    const input = completeInput();
    input.actions = input.actions.map((a) => ({ ...a, priority: 'P2' }));
    const prevent = (config: Parameters<typeof runChecklist>[1]) =>
      runChecklist(input, config).items.find((item) => item.id === 'prevent-action');
    expect(prevent({})?.passed).toBe(false);
    expect(prevent({ preventRule: null })?.passed).toBe(true);
    const widened = {
      severities: ['SEV1', 'SEV2'],
      priorities: ['P0', 'P1', 'P2'],
      types: ['prevent'],
    };
    expect(prevent({ preventRule: widened } as Parameters<typeof runChecklist>[1])?.passed).toBe(
      true,
    );
    const sev1Only = { severities: ['SEV1'], priorities: ['P0'], types: ['prevent'] };
    expect(prevent({ preventRule: sev1Only } as Parameters<typeof runChecklist>[1])?.why).toBe(
      '1 prevent-type action.',
    );
  });

  it('scores with configured weights and summary limit', () => {
    const input = completeInput();
    input.postmortem.sections.lessons = '';
    input.postmortem.sections.summary = 'word '.repeat(40);
    expect(runChecklist(input, { weights: { lessons: 0 } }).score).toBe(100);
    const strict = runChecklist(input, { weights: { lessons: 0 }, summaryMaxWords: 30 });
    expect(strict.items.find((item) => item.id === 'summary')?.passed).toBe(false);
    expect(strict.score).toBe(Math.round((85 / 95) * 100));
    const nothing = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item.id, 0]));
    expect(runChecklist(input, { weights: nothing }).score).toBe(100);
  });
});
