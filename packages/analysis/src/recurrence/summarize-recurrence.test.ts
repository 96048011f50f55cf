import { describe, expect, it } from 'vitest';
import { summarizeRecurrence } from './summarize-recurrence';

describe('summarizeRecurrence', () => {
  it('counts recurrences and groups each chain under its first incident', () => {
    expect(
      summarizeRecurrence([
        { key: 'INC-1', recurrenceOf: null },
        { key: 'INC-2', recurrenceOf: null },
        { key: 'INC-5', recurrenceOf: 'INC-1' },
        { key: 'INC-9', recurrenceOf: 'INC-5' },
        { key: 'INC-12', recurrenceOf: 'INC-40' },
      ]),
    ).toEqual({
      incidents: 5,
      recurrences: 3,
      rate: 0.6,
      families: [
        { original: 'INC-1', recurrences: ['INC-5', 'INC-9'] },
        { original: 'INC-40', recurrences: ['INC-12'] },
      ],
    });
  });

  it('answers zeros for no incidents', () => {
    expect(summarizeRecurrence([])).toEqual({
      incidents: 0,
      recurrences: 0,
      rate: 0,
      families: [],
    });
  });
});
