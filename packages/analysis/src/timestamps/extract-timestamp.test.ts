import { DomainError } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import {
  createTimestampExtractor,
  createTimestampFields,
  createTimestampScanner,
  createTimestampSpanReader,
  extractTimestamp,
} from './extract-timestamp';

type Row = [
  name: string,
  marked: string,
  at: string,
  precision: string,
  zone: 'assumed' | 'stated',
];

const utc = { referenceYear: 2005 };

// One row per form, each line made up in the shape the named system writes; «…» marks the span
// the timestamp must cover.
const forms: Row[] = [
  ['RFC 3339, Z', '«2024-03-01T12:30:45Z» app started', '2024-03-01T12:30:45.000Z', 's', 'stated'],
  [
    'RFC 3339, offset',
    '«2024-03-01T12:30:45.123+02:00» ready',
    '2024-03-01T10:30:45.123Z',
    'ms',
    'stated',
  ],
  [
    'ISO, offset without colon',
    '«2024-03-01T12:30:45-0530» x',
    '2024-03-01T18:00:45.000Z',
    's',
    'stated',
  ],
  [
    'ISO, microseconds',
    '«2024-03-01T12:30:45.123456Z» x',
    '2024-03-01T12:30:45.123Z',
    'us',
    'stated',
  ],
  [
    'ISO, nanoseconds',
    '«2024-03-01T12:30:45.123456789Z» x',
    '2024-03-01T12:30:45.123Z',
    'ns',
    'stated',
  ],
  [
    'ISO, space, no zone',
    '«2024-03-01 12:30:45» worker up',
    '2024-03-01T12:30:45.000Z',
    's',
    'assumed',
  ],
  [
    'ISO, space then UTC',
    '«2024-03-01 12:30:45 UTC» worker up',
    '2024-03-01T12:30:45.000Z',
    's',
    'stated',
  ],
  [
    'ISO, minutes only',
    '«2024-03-01 12:30» cron ran',
    '2024-03-01T12:30:00.000Z',
    'min',
    'assumed',
  ],
  ['date only', '«2024.03.01» node-7 boot', '2024-03-01T00:00:00.000Z', 'day', 'assumed'],
  [
    'log4j comma millis',
    '«2015-07-29 17:41:44,747» - INFO  [main] - up',
    '2015-07-29T17:41:44.747Z',
    'ms',
    'assumed',
  ],
  [
    'BGL dashed',
    'R1 «2005-06-03-15.42.50.363779» R1 RAS KERNEL INFO ok',
    '2005-06-03T15:42:50.363Z',
    'us',
    'assumed',
  ],
  [
    'file name then ISO',
    'api.log.1.2017-05-16_13:53:08 «2017-05-16 00:00:01.551» 42 INFO x',
    '2017-05-16T00:00:01.551Z',
    'ms',
    'assumed',
  ],
  [
    'HDFS YYMMDD HHMMSS',
    '«081109 203615» 148 INFO dfs.DataNode: ok',
    '2008-11-09T20:36:15.000Z',
    's',
    'assumed',
  ],
  ['basic ISO', '«20240301T123045Z» x', '2024-03-01T12:30:45.000Z', 's', 'stated'],
  [
    'date-dash-clock',
    '«20171223-22:15:29»:606|Step|30002312|x',
    '2017-12-23T22:15:29.000Z',
    's',
    'assumed',
  ],
  [
    'Spark yy/MM/dd',
    '«17/06/09 20:10:40» INFO executor.Backend: up',
    '2017-06-09T20:10:40.000Z',
    's',
    'assumed',
  ],
  ['syslog', '«Jun 14 15:16:01» host sshd[1]: hi', '2005-06-14T15:16:01.000Z', 's', 'assumed'],
  [
    'syslog, padded day',
    '«Jul  1 07:57:30» host ftpd[2]: hi',
    '2005-07-01T07:57:30.000Z',
    's',
    'assumed',
  ],
  [
    'syslog with priority',
    '<34>«Oct 11 22:14:15» mymachine su: hi',
    '2005-10-11T22:14:15.000Z',
    's',
    'assumed',
  ],
  [
    'Apache error log',
    '[«Sun Dec 04 04:47:44 2005»] [notice] ok',
    '2005-12-04T04:47:44.000Z',
    's',
    'assumed',
  ],
  [
    'date(1) with UTC',
    '«Sun Dec  4 04:47:44 UTC 2005» hi',
    '2005-12-04T04:47:44.000Z',
    's',
    'stated',
  ],
  ['RFC 2822', '«Sun, 04 Dec 2005 04:47:44 +0100» hi', '2005-12-04T03:47:44.000Z', 's', 'stated'],
  [
    'Apache access log',
    '127.0.0.1 - frank [«10/Oct/2000:13:55:36 -0700»] "GET /"',
    '2000-10-10T20:55:36.000Z',
    's',
    'stated',
  ],
  [
    'Android logcat',
    '«03-17 16:13:38.811»  1702  2395 D WindowManager: x',
    '2005-03-17T16:13:38.811Z',
    'ms',
    'assumed',
  ],
  ['month.day', '[«10.30 16:49:06»] chrome.exe - open', '2005-10-30T16:49:06.000Z', 's', 'assumed'],
  [
    'epoch seconds after a label',
    '- «1117838570» 2005.06.03 R02 RAS',
    '2005-06-03T22:42:50.000Z',
    's',
    'stated',
  ],
  ['epoch seconds with fraction', '«1117838570.25» x', '2005-06-03T22:42:50.250Z', 'ms', 'stated'],
  ['epoch milliseconds', '«1709296245123» x', '2024-03-01T12:30:45.123Z', 'ms', 'stated'],
  ['epoch microseconds', '«1709296245123456» x', '2024-03-01T12:30:45.123Z', 'us', 'stated'],
  ['epoch nanoseconds', '«1709296245123456789» x', '2024-03-01T12:30:45.123Z', 'ns', 'stated'],
  [
    'epoch as fifth token',
    '134681 node-246 unix.hw state «1077804742» 1 x',
    '2004-02-26T14:12:22.000Z',
    's',
    'stated',
  ],
];

function unmark(marked: string): { line: string; start: number; end: number } {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  return { line: marked.replace('«', '').replace('»', ''), start, end };
}

describe('extractTimestamp', () => {
  it.each(forms)('reads %s', (_name, marked, at, precision, zone) => {
    const { line, start, end } = unmark(marked);
    const found = extractTimestamp(line, utc);
    expect(found).toEqual({
      at,
      epochMs: Date.parse(at),
      precision,
      zoneAssumed: zone === 'assumed',
      start,
      end,
    });
  });

  it.each([
    ['no timestamp at all', 'Connection closed by peer'],
    ['a month that does not exist', '2024-13-01 12:00:00 x'],
    ['February 30th', '2024-02-30 12:00:00 x'],
    ['February 29th in a common year', '2023-02-29 12:00:00 x'],
    ['an hour past 23', '2024-03-01 24:00:00 x'],
    ['a number too small to be an epoch', '123456789 bytes copied'],
    ['an epoch-sized number glued to letters', '1709296245123abc x'],
    ['an eleven-digit number', '17092962451 x'],
    ['a date glued to a word', '2024-03-01x starts'],
    ['a timestamp beyond the fifth token', 'a b c d e 2024-03-01T12:30:45Z'],
    ['an empty line', ''],
  ])('returns null for %s', (_name, line) => {
    expect(extractTimestamp(line, utc)).toBeNull();
  });

  it.each(['2015-07-', '2015-07-2', 'x 2015-07-2', '0811', '081109 2036', 'Jun 14 15:1'])(
    'returns null, never a NaN time, when the line ends inside a timestamp (%s)',
    (line) => {
      expect(extractTimestamp(line, utc)).toBeNull();
      expect(extractTimestamp(line, { ...utc, defaultZone: 'Europe/Berlin' })).toBeNull();
    },
  );

  it('reads a date whose clock is cut off by the end of the line as it does mid-line', () => {
    for (const line of ['2017-05-16 00:', '2017-05-16 00:0', '2017-05-16 00:00:0']) {
      expect(extractTimestamp(line, utc)).toEqual(extractTimestamp(`${line} x`, utc));
      expect(extractTimestamp(line, utc)?.precision).toBe('day');
    }
  });

  it('accepts February 29th in a leap year', () => {
    expect(extractTimestamp('2024-02-29 00:00:00 x')?.at).toBe('2024-02-29T00:00:00.000Z');
  });

  it('uses the reference year for yearless forms and the written year otherwise', () => {
    expect(extractTimestamp('Jun 14 15:16:01 h x', { referenceYear: 2019 })?.at).toBe(
      '2019-06-14T15:16:01.000Z',
    );
    expect(extractTimestamp('Sun Dec 04 04:47:44 2005 x', { referenceYear: 2019 })?.at).toBe(
      '2005-12-04T04:47:44.000Z',
    );
  });
});

describe('default zone', () => {
  it.each([
    ['a fixed offset', '+02:00', '2024-07-01 12:00:00 x', '2024-07-01T10:00:00.000Z'],
    [
      'a fixed negative offset without colon',
      '-0530',
      '2024-07-01 12:00:00 x',
      '2024-07-01T17:30:00.000Z',
    ],
    [
      'an IANA zone in summer',
      'Europe/Berlin',
      '2024-07-01 12:00:00 x',
      '2024-07-01T10:00:00.000Z',
    ],
    [
      'an IANA zone in winter',
      'Europe/Berlin',
      '2024-01-15 12:00:00 x',
      '2024-01-15T11:00:00.000Z',
    ],
    [
      'a zone west of UTC',
      'America/Los_Angeles',
      'Jun 14 15:16:01 h x',
      '2005-06-14T22:16:01.000Z',
    ],
  ])('applies %s to times written without one', (_name, defaultZone, line, at) => {
    const found = createTimestampExtractor({ defaultZone, referenceYear: 2005 })(line);
    expect(found?.at).toBe(at);
    expect(found?.zoneAssumed).toBe(true);
  });

  it('never overrides a zone the line states', () => {
    const extract = createTimestampExtractor({ defaultZone: 'Asia/Tokyo' });
    expect(extract('2024-07-01T12:00:00+01:00 x')?.at).toBe('2024-07-01T11:00:00.000Z');
    expect(extract('1709296245 x')?.at).toBe('2024-03-01T12:30:45.000Z');
    expect(extract('2024-07-01T12:00:00+01:00 x')?.zoneAssumed).toBe(false);
  });

  it('rejects an unknown zone, naming the option', () => {
    expect(() => createTimestampExtractor({ defaultZone: 'Mars/Olympus' })).toThrow(DomainError);
    expect(() => createTimestampExtractor({ defaultZone: 'Mars/Olympus' })).toThrow(
      /defaultZone: 'Mars\/Olympus' is not an IANA time zone/,
    );
  });

  it('rejects a reference year that is not a whole year, naming the option', () => {
    expect(() => createTimestampExtractor({ referenceYear: 20.5 })).toThrow(/^referenceYear: /);
  });
});

describe('createTimestampSpanReader', () => {
  it('tells where a timestamp starting at an offset ends, and -1 elsewhere', () => {
    const line = '- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond[2915]: hi';
    const read = createTimestampSpanReader({ referenceYear: 2005 });
    expect(line.slice(30, read(line, 30))).toBe('Nov 9 12:01:01');
    expect(line.slice(13, read(line, 13))).toBe('2005.11.09');
    expect(read(line, 24)).toBe(-1);
  });
});

describe('createTimestampScanner', () => {
  it('fills the reused record with the instant the extractor reports, without its ISO text', () => {
    const scan = createTimestampScanner({ defaultZone: '+02:00' });
    const fields = createTimestampFields();
    const line = 'x [2015-07-29 17:41:44,747] INFO up';
    expect(scan(line, fields)).toBe(true);
    const { at, ...rest } = createTimestampExtractor({ defaultZone: '+02:00' })(line) ?? {};
    expect(at).toBe('2015-07-29T15:41:44.747Z');
    expect(fields).toEqual(rest);
  });

  it('says false and leaves the record alone for a line without a timestamp', () => {
    const scan = createTimestampScanner();
    const fields = createTimestampFields();
    scan('1131566461 ok', fields);
    const before = { ...fields };
    expect(scan('no time here at all', fields)).toBe(false);
    expect(fields).toEqual(before);
    expect(before.epochMs).toBe(1_131_566_461_000);
  });
});
