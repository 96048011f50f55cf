import { DomainError } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { createTimestampExtractor } from './extract-timestamp';
import { createZoneResolver, parseFixedOffset } from './zone-resolver';

type Edge = [zone: string, wallTime: string, at: string, why: string];

// Around each daylight-saving change: a wall time in a spring-forward gap moves forward by the
// gap; one in a fall-back overlap takes the earlier instant (Temporal's "compatible").
const edges: Edge[] = [
  ['America/New_York', '2021-03-14 01:59:59', '2021-03-14T06:59:59.000Z', 'last second of EST'],
  ['America/New_York', '2021-03-14 02:30:00', '2021-03-14T07:30:00.000Z', 'gap: read as 03:30 EDT'],
  ['America/New_York', '2021-03-14 03:00:00', '2021-03-14T07:00:00.000Z', 'first EDT hour'],
  ['America/New_York', '2021-11-07 00:59:00', '2021-11-07T04:59:00.000Z', 'before the overlap'],
  ['America/New_York', '2021-11-07 01:30:00', '2021-11-07T05:30:00.000Z', 'overlap: EDT wins'],
  ['America/New_York', '2021-11-07 02:00:00', '2021-11-07T07:00:00.000Z', 'first EST hour'],
  ['Europe/Berlin', '2024-03-31 01:59:00', '2024-03-31T00:59:00.000Z', 'last minute of CET'],
  ['Europe/Berlin', '2024-03-31 02:30:00', '2024-03-31T01:30:00.000Z', 'gap: read as 03:30 CEST'],
  ['Europe/Berlin', '2024-10-27 02:30:00', '2024-10-27T00:30:00.000Z', 'overlap: CEST wins'],
  ['Europe/Berlin', '2024-10-27 03:00:00', '2024-10-27T02:00:00.000Z', 'back on CET'],
  ['Australia/Sydney', '2024-04-07 02:30:00', '2024-04-06T15:30:00.000Z', 'overlap: AEDT wins'],
  ['Australia/Sydney', '2024-10-06 02:30:00', '2024-10-05T16:30:00.000Z', 'gap: read as 03:30'],
  ['Australia/Lord_Howe', '2024-10-06 02:15:00', '2024-10-05T15:45:00.000Z', 'half-hour gap'],
  ['Australia/Lord_Howe', '2024-10-06 02:45:00', '2024-10-05T15:45:00.000Z', 'after the gap'],
];

describe('wall times in a named zone', () => {
  it.each(edges)('%s %s → %s (%s)', (zone, wallTime, at) => {
    const extract = createTimestampExtractor({ defaultZone: zone });
    expect(extract(`${wallTime} event`)?.at).toBe(at);
  });

  it('stays right when one extractor reads lines across a change in order', () => {
    const extract = createTimestampExtractor({ defaultZone: 'America/New_York' });
    const read = (wall: string) => extract(`2021-11-07 ${wall} tick`)?.at;
    expect([read('00:59:59'), read('01:00:00'), read('01:59:59'), read('02:00:00')]).toEqual([
      '2021-11-07T04:59:59.000Z',
      '2021-11-07T05:00:00.000Z',
      '2021-11-07T05:59:59.000Z',
      '2021-11-07T07:00:00.000Z',
    ]);
  });

  it('converts through the resolver directly', () => {
    const berlin = createZoneResolver('Europe/Berlin');
    expect(berlin.toUtcMs(Date.UTC(2024, 6, 1, 12))).toBe(Date.UTC(2024, 6, 1, 10));
  });
});

describe('parseFixedOffset', () => {
  it.each([
    ['UTC', 0],
    ['Z', 0],
    ['gmt', 0],
    ['+02:00', 120],
    ['-0530', -330],
    ['+2', 120],
    ['UTC+01:00', 60],
    ['-23:59', -1439],
  ])('reads %s as %i minutes', (zone, minutes) => {
    expect(parseFixedOffset(zone)).toBe(minutes);
  });

  it.each(['Europe/Berlin', '+24:00', '+02:60', '2', ''])('does not read %j', (zone) => {
    expect(parseFixedOffset(zone)).toBeNull();
  });
});

describe('createZoneResolver', () => {
  it('names the field in its error', () => {
    let error: unknown;
    try {
      createZoneResolver('Nowhere/Land', 'sources.syslog.zone');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    const [detail, ...more] = (error as DomainError).details;
    expect(more).toEqual([]);
    expect(detail?.path).toBe('sources.syslog.zone');
    expect(detail?.message).toContain("'Nowhere/Land' is not an IANA time zone");
  });
});
