import { describe, expect, it } from 'vitest';
import { countActionClosure } from './action-closure';

const today = '2026-04-01';

describe('countActionClosure', () => {
  it('counts due actions and those closed by their due day, excluding undated and given-up ones', () => {
    const counts = countActionClosure(
      [
        { status: 'done', dueDate: '2026-03-10', closedAt: '2026-03-10T23:59:00.000Z' }, // on time
        { status: 'verified', dueDate: '2026-03-10', closedAt: '2026-03-11T00:00:00.000Z' }, // late
        { status: 'open', dueDate: '2026-03-31', closedAt: null }, // due, open
        { status: 'open', dueDate: '2026-04-01', closedAt: null }, // due today: not yet due
        { status: 'done', dueDate: '2026-05-01', closedAt: '2026-03-01T10:00:00.000Z' }, // early
        { status: 'wont_do', dueDate: '2026-03-01', closedAt: null },
        { status: 'open', dueDate: null, closedAt: null },
      ],
      today,
    );
    expect(counts).toEqual({ excluded: 2, due: 4, closedOnTime: 2 });
  });
});
