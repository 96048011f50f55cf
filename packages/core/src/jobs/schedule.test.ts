import { describe, expect, it } from 'vitest';
import { computeRetryDelay } from './backoff';
import { currentSlot, parseSchedule } from './schedule';

const at = (iso: string) => new Date(iso);

describe('schedules', () => {
  it('reads schedules written for people, and names what is wrong with others', () => {
    expect(parseSchedule('every 5 minutes')).toEqual({ every: 'interval', seconds: 300 });
    expect(parseSchedule('Every 1 hour')).toEqual({ every: 'interval', seconds: 3600 });
    expect(parseSchedule('daily at 09:00 UTC')).toEqual({ every: 'day', minuteOfDay: 540 });
    expect(parseSchedule('weekly on monday at 08:30 UTC')).toEqual({
      every: 'week',
      weekday: 1,
      minuteOfDay: 510,
    });
    expect(() => parseSchedule('daily at 25:00 UTC')).toThrow('time must be HH:MM');
    expect(() => parseSchedule('weekly on funday at 08:00 UTC')).toThrow('unknown weekday');
    expect(() => parseSchedule('now and then')).toThrow('expected "every N');
  });

  it('gives every replica the same slot: the latest due instant at or before now', () => {
    const five = parseSchedule('every 5 minutes');
    expect(currentSlot(five, at('2026-11-27T10:07:59Z')).toISOString()).toBe(
      '2026-11-27T10:05:00.000Z',
    );
    const daily = parseSchedule('daily at 09:00 UTC');
    expect(currentSlot(daily, at('2026-11-27T08:59:59Z')).toISOString()).toBe(
      '2026-11-26T09:00:00.000Z',
    );
    expect(currentSlot(daily, at('2026-11-27T09:00:00Z')).toISOString()).toBe(
      '2026-11-27T09:00:00.000Z',
    );
    // 2026-11-27 is a Friday: the Monday 08:30 slot is that week's Monday.
    const weekly = parseSchedule('weekly on monday at 08:30 UTC');
    expect(currentSlot(weekly, at('2026-11-27T12:00:00Z')).toISOString()).toBe(
      '2026-11-23T08:30:00.000Z',
    );
    expect(currentSlot(weekly, at('2026-11-23T08:00:00Z')).toISOString()).toBe(
      '2026-11-16T08:30:00.000Z',
    );
  });
});

describe('retry back-off', () => {
  const policy = { baseMs: 1000, maxMs: 10_000 };
  it('doubles per attempt with half the step as jitter, capped, and waits at least Retry-After', () => {
    expect([1, 2, 3, 4].map((n) => computeRetryDelay(n, policy, () => 0))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect([1, 2, 3, 4].map((n) => computeRetryDelay(n, policy, () => 1))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect(computeRetryDelay(10, policy, () => 1)).toBe(10_000);
    expect(computeRetryDelay(1, policy, () => 0, 30_000)).toBe(30_000);
  });
});
