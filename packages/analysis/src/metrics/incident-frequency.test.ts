import { describe, expect, it } from 'vitest';
import { countPerPeriod, isoWeekOf } from './incident-frequency';

describe('isoWeekOf', () => {
  it.each([
    ['2026-01-01T10:00:00Z', '2026-W01', '2025-12-29'],
    ['2025-12-28T23:59:59Z', '2025-W52', '2025-12-22'],
    ['2021-01-03T00:00:00Z', '2020-W53', '2020-12-28'],
    ['2026-03-02T00:00:00Z', '2026-W10', '2026-03-02'],
  ])('%s is in %s starting %s', (at, period, start) => {
    expect(isoWeekOf(Date.parse(at))).toEqual({ period, start });
  });
});

describe('countPerPeriod', () => {
  it('counts per week and month and lists empty periods in between as zero', () => {
    const { perWeek, perMonth } = countPerPeriod(
      [
        '2026-01-05T10:00:00Z',
        '2026-01-06T10:00:00Z',
        '2026-01-20T10:00:00Z',
        '2026-03-01T00:00:00Z',
      ].map((at) => Date.parse(at)),
    );
    expect(perWeek.slice(0, 3)).toEqual([
      { period: '2026-W02', start: '2026-01-05', count: 2 },
      { period: '2026-W03', start: '2026-01-12', count: 0 },
      { period: '2026-W04', start: '2026-01-19', count: 1 },
    ]);
    expect(perWeek.at(-1)).toEqual({ period: '2026-W09', start: '2026-02-23', count: 1 });
    expect(perMonth).toEqual([
      { period: '2026-01', start: '2026-01-01', count: 3 },
      { period: '2026-02', start: '2026-02-01', count: 0 },
      { period: '2026-03', start: '2026-03-01', count: 1 },
    ]);
  });
});
