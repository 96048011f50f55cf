import { describe, expect, it } from 'vitest';
import { assessMaturity } from './assess-maturity';
import { noMaturityInputs, type MaturityInputs } from './maturity-inputs';

const none: MaturityInputs = noMaturityInputs;
const beginner = { ...none, postmortems: 4, postmortemsWithOwner: 2 };
const intermediate = {
  ...beginner,
  actions: 5,
  actionsWithOwnerAndDue: 3,
  slos: 1,
  slosLinkedToService: 1,
};
const advanced = { ...intermediate, webhookDeliveries: 2, verifiedActions: 1, recurrenceLinks: 1 };

describe('assessMaturity', () => {
  it.each([
    ['nothing in use', none, null, 'postmortem-owners'],
    [
      'owners on under half the postmortems',
      { ...none, postmortems: 5, postmortemsWithOwner: 2 },
      null,
      'postmortem-owners',
    ],
    ['owned postmortems', beginner, 'beginner', 'action-tracking'],
    [
      'actions without due dates',
      { ...intermediate, actionsWithOwnerAndDue: 2 },
      'beginner',
      'action-tracking',
    ],
    ['tracked actions and linked SLOs', intermediate, 'intermediate', 'automated-evidence'],
    [
      'imported evidence counts as automated',
      { ...advanced, webhookDeliveries: 0, evidenceRecords: 3 },
      'advanced',
      null,
    ],
    ['everything', advanced, 'advanced', null],
    [
      'advanced practices without the intermediate ones',
      { ...advanced, slos: 0, slosLinkedToService: 0 },
      'beginner',
      'slo-links',
    ],
  ] as const)('%s → %s', (_name, inputs, level, firstFailing) => {
    const assessment = assessMaturity(inputs);
    expect(assessment.level).toBe(level);
    const failing = assessment.checks.find((check) => !check.pass);
    expect(failing?.id ?? null).toBe(firstFailing);
  });

  it('gives the failing checks of the next rung as next steps, with the evidence counts', () => {
    const assessment = assessMaturity({ ...beginner, actions: 2, actionsWithOwnerAndDue: 2 });
    expect(assessment.nextSteps).toEqual([
      'Import OpenSLO definitions for your services (aftermath slo import).',
    ]);
    expect(assessment.checks.find((check) => check.id === 'action-tracking')).toMatchObject({
      count: 2,
      total: 2,
      pass: true,
    });
  });
});
