import { createTimestampExtractor } from '@aftermath/analysis';
import { describe, expect, it } from 'vitest';
import { createFieldTimeReader } from './record-time';

const read = createFieldTimeReader({ defaultZone: 'UTC', referenceYear: 2026 });

describe('createFieldTimeReader', () => {
  it('reads epoch numbers in seconds, milliseconds and fractions', () => {
    expect(read(1700000000)).toMatchObject({ at: '2023-11-14T22:13:20.000Z', precision: 's' });
    expect(read(1700000000123)).toMatchObject({ at: '2023-11-14T22:13:20.123Z', precision: 'ms' });
    expect(read(1700000000.25)).toMatchObject({ at: '2023-11-14T22:13:20.250Z', precision: 'ms' });
    expect(read(-5)).toBeNull();
  });

  it('agrees with the timestamp extractor on UTC strings with fractions (cached seconds)', () => {
    const extract = createTimestampExtractor({});
    for (const text of [
      '2023-11-14T22:13:20.5Z',
      '2023-11-14T22:13:20.123456789Z',
      '2024-02-29T23:59:59.999Z',
      '2023-02-30T22:13:20.1Z',
    ]) {
      const expected = extract(text);
      const { at, epochMs, precision } = expected ?? {};
      expect(read(text)).toEqual(
        expected === null ? null : { at, epochMs, precision, zoneAssumed: false },
      );
    }
  });

  it('flags strings without a zone and rejects trailing text', () => {
    expect(read('2023-11-14 22:13:20')?.zoneAssumed).toBe(true);
    expect(read('2023-11-14T22:13:20Z and more')).toBeNull();
    expect(read({ at: 1 })).toBeNull();
  });
});
