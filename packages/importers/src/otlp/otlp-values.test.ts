import { describe, expect, it } from 'vitest';
import { readSeverityLevel, readSpanKind, readStatusCode } from './otlp-enums';
import { readAnyValue, readOtlpId } from './otlp-values';
import { durationMs, parseUnixNano } from './unix-nano';

describe('OTLP/JSON field encodings', () => {
  it('reads nanosecond times from strings, keeping the precision written', () => {
    expect(parseUnixNano('1544712660123456789')).toMatchObject({
      at: '2018-12-13T14:51:00.123Z',
      precision: 'ns',
    });
    expect(parseUnixNano('1544712660123400000')?.precision).toBe('us');
    expect(parseUnixNano(1544712660000000000)).toBeNull(); // beyond 2^53: digits already lost
    expect(parseUnixNano('0')).toBeNull();
    expect(parseUnixNano('1544712660.5')).toBeNull();
    expect(durationMs('1544712660000000000', '1544712660000250000')).toBe(0.25);
    expect(durationMs('2', '1')).toBeNull();
  });

  it('reads ids in hex of either case or base64, and treats all-zero ids as none', () => {
    expect(readOtlpId('EEE19B7EC3C1B174', 8)).toBe('eee19b7ec3c1b174');
    expect(readOtlpId('7uGbfsPBsXQ=', 8)).toBe('eee19b7ec3c1b174');
    expect(readOtlpId('0000000000000000', 8)).toBeNull();
    expect(readOtlpId('eee19b7ec3c1b174', 16)).toBeNull();
    expect(readOtlpId(42, 8)).toBeNull();
  });

  it('maps integer and named enums', () => {
    expect([1, 5, 9, 13, 17, 24].map((n) => readSeverityLevel(n, null))).toEqual([
      'TRACE',
      'DEBUG',
      'INFO',
      'WARN',
      'ERROR',
      'FATAL',
    ]);
    expect(readSeverityLevel('SEVERITY_NUMBER_WARN3', null)).toBe('WARN');
    expect(readSeverityLevel(0, 'Critical')).toBe('FATAL');
    expect(readSeverityLevel(undefined, 'whatever')).toBeNull();
    expect([readSpanKind(2), readSpanKind('SPAN_KIND_CONSUMER'), readSpanKind(0)]).toEqual([
      'SERVER',
      'CONSUMER',
      null,
    ]);
    expect([readStatusCode(2), readStatusCode('STATUS_CODE_OK'), readStatusCode(7)]).toEqual([
      'ERROR',
      'OK',
      'UNSET',
    ]);
  });

  it('renders nested values without unbounded depth', () => {
    let deep: unknown = { stringValue: 'bottom' };
    for (let i = 0; i < 50; i += 1) deep = { arrayValue: { values: [deep] } };
    expect(readAnyValue(deep)).toBe('[[[[[[[…]]]]]]]');
    expect(readAnyValue({ bytesValue: 'AQID' })).toBe('AQID');
    expect(readAnyValue({})).toBeNull();
  });
});
