import { describe, expect, it } from 'vitest';
import { findRecurrences, type RecurrenceCandidate } from '../../src/policy';

const incident = (
  key: string,
  at: string,
  more: Partial<RecurrenceCandidate> = {},
): RecurrenceCandidate => ({
  key,
  services: ['checkout'],
  trigger: 'config-push',
  recurrenceOf: null,
  at: `${at}T12:00:00.000Z`,
  ...more,
});

describe('findRecurrences', () => {
  const subject = incident('INC-9', '2026-11-20');

  it.each<[string, RecurrenceCandidate, boolean]>([
    ['same service and trigger', incident('INC-1', '2026-10-01'), true],
    [
      'same trigger, other service',
      incident('INC-2', '2026-10-01', { services: ['search'] }),
      false,
    ],
    [
      'same service, other trigger',
      incident('INC-3', '2026-10-01', { trigger: 'binary-push' }),
      false,
    ],
    ['same service, no trigger coded', incident('INC-4', '2026-10-01', { trigger: null }), false],
    ['older than 90 days', incident('INC-5', '2026-08-01'), false],
    ['later than the subject', incident('INC-6', '2026-11-25'), false],
    [
      'marked a recurrence of the subject',
      incident('INC-7', '2026-11-01', { services: ['x'], trigger: null, recurrenceOf: 'INC-9' }),
      true,
    ],
  ])('%s → %s', (_name, other, found) => {
    expect(findRecurrences(subject, [other], 90).map((r) => r.key)).toEqual(
      found ? [other.key] : [],
    );
  });

  it('follows recurrence chains both ways and says how each matched, oldest first', () => {
    const chained = { ...subject, services: ['api'], trigger: null, recurrenceOf: 'INC-5' };
    const found = findRecurrences(
      chained,
      [
        incident('INC-5', '2026-11-10', { recurrenceOf: 'INC-2' }),
        incident('INC-2', '2026-10-10', { services: ['db'] }),
        incident('INC-8', '2026-11-15', { services: ['db'], recurrenceOf: 'INC-2' }),
        incident('INC-4', '2026-11-01', { services: ['api'] }),
      ],
      90,
    );
    expect(found).toEqual([
      { key: 'INC-2', at: '2026-10-10T12:00:00.000Z', via: 'recurrence-of' },
      { key: 'INC-5', at: '2026-11-10T12:00:00.000Z', via: 'recurrence-of' },
      { key: 'INC-8', at: '2026-11-15T12:00:00.000Z', via: 'recurrence-of' },
    ]);
  });

  it('survives a cycle of recurrence marks', () => {
    const a = incident('INC-1', '2026-11-01', { recurrenceOf: 'INC-2', trigger: null });
    const b = incident('INC-2', '2026-11-02', { recurrenceOf: 'INC-1', trigger: null });
    expect(
      findRecurrences({ ...subject, recurrenceOf: 'INC-1', trigger: null }, [a, b], 90),
    ).toHaveLength(2);
  });
});
