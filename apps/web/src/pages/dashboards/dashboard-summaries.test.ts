import type { Incident } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { rankRecurringIncidents } from './dashboard-summaries';

function incident(key: string, recurrenceOf: string | null = null): Incident {
  return { key, title: `title of ${key}`, recurrenceOf } as Incident;
}

describe('rankRecurringIncidents', () => {
  it('counts a chain of recurrences against its first occurrence, most first', () => {
    const ranked = rankRecurringIncidents([
      incident('INC-1'),
      incident('INC-2', 'INC-1'),
      incident('INC-3', 'INC-2'),
      incident('INC-4'),
      incident('INC-5', 'INC-4'),
      incident('INC-6'),
    ]);
    expect(ranked).toEqual([
      { key: 'INC-1', title: 'title of INC-1', recurrences: 2 },
      { key: 'INC-4', title: 'title of INC-4', recurrences: 1 },
    ]);
  });

  it('names a first occurrence outside the page by its key', () => {
    expect(rankRecurringIncidents([incident('INC-9', 'INC-2')])).toEqual([
      { key: 'INC-2', title: 'INC-2', recurrences: 1 },
    ]);
  });
});
