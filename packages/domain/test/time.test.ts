import { describe, expect, it } from 'vitest';
import { parseOrThrow, utcTimestamp } from '../src';

describe('utcTimestamp', () => {
  it('normalises any zone to UTC with milliseconds', () => {
    expect(utcTimestamp.parse('2026-03-01T13:00:00+01:00')).toBe('2026-03-01T12:00:00.000Z');
    expect(utcTimestamp.parse('2026-03-01T12:00:00.123456Z')).toBe('2026-03-01T12:00:00.123Z');
  });

  it('rejects text that is not a timestamp with a validation error, not a crash', () => {
    expect(utcTimestamp.safeParse('yesterday').success).toBe(false);
    expect(() => parseOrThrow(utcTimestamp, '2026-13-45T99:00:00Z', 'at')).toThrow(
      /at: expected an ISO 8601/,
    );
    expect(utcTimestamp.safeParse('2026-03-01T12:00:00').success).toBe(false);
  });
});
