import { describe, expect, it } from 'vitest';
import { countActionClosure } from './action-closure';

const today = '2026-04-01';

describe('countActionClosure', () => {
  it('counts due actions and those closed by their due day, excluding undated and given-up ones', () => {
    const counts = countActionClosure(
      [
        {
          priority: 'P1' as const,
          status: 'done',
          dueDate: '2026-03-10',
          closedAt: '2026-03-10T23:59:00.000Z',
        }, // on time
        {
          priority: 'P1' as const,
          status: 'verified',
          dueDate: '2026-03-10',
          closedAt: '2026-03-11T00:00:00.000Z',
        }, // late
        { priority: 'P1' as const, status: 'open', dueDate: '2026-03-31', closedAt: null }, // due, open
        { priority: 'P1' as const, status: 'open', dueDate: '2026-04-01', closedAt: null }, // due today: not yet due
        {
          priority: 'P1' as const,
          status: 'done',
          dueDate: '2026-05-01',
          closedAt: '2026-03-01T10:00:00.000Z',
        }, // early
        { priority: 'P1' as const, status: 'wont_do', dueDate: '2026-03-01', closedAt: null },
        { priority: 'P1' as const, status: 'open', dueDate: null, closedAt: null },
      ],
      today,
    );
    expect(counts).toEqual({ P1: { excluded: 2, due: 4, closedOnTime: 2 } });
  });

  it('keeps priorities apart', () => {
    const counts = countActionClosure(
      [
        {
          priority: 'P0',
          status: 'done',
          dueDate: '2026-03-01',
          closedAt: '2026-03-05T00:00:00.000Z',
        },
        {
          priority: 'P3',
          status: 'done',
          dueDate: '2026-03-30',
          closedAt: '2026-03-05T00:00:00.000Z',
        },
      ],
      today,
    );
    expect(counts).toEqual({
      P0: { excluded: 0, due: 1, closedOnTime: 0 },
      P3: { excluded: 0, due: 1, closedOnTime: 1 },
    });
  });
});
