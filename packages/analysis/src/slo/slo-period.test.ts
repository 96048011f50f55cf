import type { SloWindow } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { resolveSloPeriod } from './slo-period';

const hour = 3_600_000;
const day = 24 * hour;

const rolling28d: SloWindow = { kind: 'rolling', duration: '28d' };

const calendar = (duration: string, startTime: string, timeZone = 'UTC'): SloWindow => ({
  kind: 'calendar',
  duration,
  startTime,
  timeZone,
});

describe('resolveSloPeriod', () => {
  it.each([
    {
      name: 'a rolling window is the last duration',
      window: rolling28d,
      at: '2026-03-29T06:00:00.000Z',
      start: '2026-03-01T06:00:00.000Z',
      lengthMs: 28 * day,
    },
    {
      name: 'a calendar month in UTC, February being 28 days',
      window: calendar('1M', '2026-01-01T00:00:00.000Z'),
      at: '2026-02-15T12:00:00.000Z',
      start: '2026-02-01T00:00:00.000Z',
      lengthMs: 28 * day,
    },
    {
      // Berlin's April starts at local midnight in summer time (UTC+2) and lasts 30 days.
      name: 'a calendar month follows its time zone',
      window: calendar('1M', '2025-12-31T23:00:00.000Z', 'Europe/Berlin'),
      at: '2026-04-10T00:00:00.000Z',
      start: '2026-03-31T22:00:00.000Z',
      lengthMs: 30 * day,
    },
    {
      // Berlin's March loses an hour to the switch to summer time.
      name: 'a month with a DST change is an hour short',
      window: calendar('1M', '2025-12-31T23:00:00.000Z', 'Europe/Berlin'),
      at: '2026-03-15T00:00:00.000Z',
      start: '2026-02-28T23:00:00.000Z',
      lengthMs: 31 * day - hour,
    },
    {
      name: 'calendar weeks from a Monday',
      window: calendar('1w', '2026-03-02T00:00:00.000Z'),
      at: '2026-03-20T10:00:00.000Z',
      start: '2026-03-16T00:00:00.000Z',
      lengthMs: 7 * day,
    },
    {
      // Started on the 31st: February's period starts on its last day and runs to 31 March.
      name: 'a start on the 31st falls on the last day of shorter months',
      window: calendar('1M', '2026-01-31T00:00:00.000Z'),
      at: '2026-03-01T12:00:00.000Z',
      start: '2026-02-28T00:00:00.000Z',
      lengthMs: 31 * day,
    },
    {
      name: 'instants before the start time fall in earlier periods',
      window: calendar('1M', '2026-01-01T00:00:00.000Z'),
      at: '2025-12-15T00:00:00.000Z',
      start: '2025-12-01T00:00:00.000Z',
      lengthMs: 31 * day,
    },
    {
      name: 'a quarter',
      window: calendar('1Q', '2026-01-01T00:00:00.000Z'),
      at: '2026-05-05T00:00:00.000Z',
      start: '2026-04-01T00:00:00.000Z',
      lengthMs: 91 * day,
    },
  ])('$name', ({ window, at, start, lengthMs }) => {
    const period = resolveSloPeriod(window, Date.parse(at));
    expect(new Date(period.start).toISOString()).toBe(start);
    expect(period.end).toBe(Date.parse(at));
    expect(period.lengthMs).toBe(lengthMs);
  });
});
