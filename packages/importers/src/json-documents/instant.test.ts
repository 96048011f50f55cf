import { describe, expect, it } from 'vitest';
import { parseEpoch, parseInstant } from './instant';

describe('parseInstant', () => {
  it('normalises to UTC and keeps the precision the sender wrote', () => {
    expect(parseInstant('2020-02-06T01:17:58.432911368+01:00', 'UTC')).toEqual({
      at: '2020-02-06T00:17:58.432Z',
      epochMs: Date.UTC(2020, 1, 6, 0, 17, 58, 432),
      precision: 'ns',
      zoneAssumed: false,
    });
    expect(parseInstant('2019-07-31T11:00:00.123456Z', 'UTC')?.precision).toBe('us');
    expect(parseInstant('2026-03-01T09:00:00Z', 'UTC')?.precision).toBe('s');
    expect(parseInstant('2026-03-01T09:00Z', 'UTC')?.precision).toBe('min');
  });

  it('applies the default zone to a time without one and flags it', () => {
    expect(parseInstant('2026-07-01T12:00:00', 'Europe/Berlin')).toMatchObject({
      at: '2026-07-01T10:00:00.000Z',
      zoneAssumed: true,
    });
    expect(parseInstant('2026-01-01 12:00:00', '+05:30')?.at).toBe('2026-01-01T06:30:00.000Z');
    expect(parseInstant('2026-01-01T12:00:00', 'Not/AZone')).toBeNull();
  });

  it('rejects placeholders and impossible dates', () => {
    expect(parseInstant('0001-01-01T00:00:00Z', 'UTC')).toBeNull();
    expect(parseInstant('2026-02-30T00:00:00Z', 'UTC')).toBeNull();
    expect(parseInstant('2026-03-01T25:00:00Z', 'UTC')).toBeNull();
    expect(parseInstant('yesterday', 'UTC')).toBeNull();
    expect(parseInstant(1700000000, 'UTC')).toBeNull();
  });
});

describe('parseEpoch', () => {
  it('tells seconds, milliseconds and nanoseconds apart and trims trailing zeros', () => {
    expect(parseEpoch(1508849186)).toMatchObject({
      at: '2017-10-24T12:46:26.000Z',
      precision: 's',
    });
    expect(parseEpoch(1508849186227)).toMatchObject({
      at: '2017-10-24T12:46:26.227Z',
      precision: 'ms',
    });
    expect(parseEpoch(1508849186227000000)).toMatchObject({
      at: '2017-10-24T12:46:26.227Z',
      precision: 'ms',
    });
    expect(parseEpoch('1508849186227123456')?.precision).toBe('ns');
    expect(parseEpoch(12)).toBeNull();
    expect(parseEpoch(-1508849186)).toBeNull();
  });
});
