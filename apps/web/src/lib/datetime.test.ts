import { describe, expect, it } from 'vitest';
import { formatAge, formatDuration, fromLocalInput, toLocalInput } from './datetime';

describe('datetime inputs', () => {
  it('shows a UTC instant in local time and reads it back to the same instant', () => {
    const iso = '2026-03-01T12:05:09.000Z';
    expect(toLocalInput(iso)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
  });

  it('treats an empty input as "not set"', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('  ')).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [42, '42s'],
    [250, '4m 10s'],
    [7500, '2h 05m'],
    [273_600, '3d 4h'],
  ])('%i seconds read as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatAge', () => {
  it('says how long ago, coarsely', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(formatAge('2026-03-01T11:59:30Z', now)).toBe('just now');
    expect(formatAge('2026-03-01T09:00:00Z', now)).toBe('3h ago');
    expect(formatAge('2026-02-18T12:00:00Z', now)).toBe('11d ago');
  });
});
