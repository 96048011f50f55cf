import { DomainError } from '@aftermath/domain';
import type { ParsedTimestamp, TimestampFields, TimestampOptions } from './timestamp.types';
import { createWallTime, isValidWallTime, wallTimeAsUtcMs, type WallTime } from './wall-time';
import { createZoneResolver, type ZoneResolver } from './zone-resolver';
import { IsoFormatter } from './format-iso';
import { isDigit, isLetter } from './formats/chars';
import { readNamedTimestamp } from './formats/named-month';
import { readNumericTimestamp } from './formats/numeric-date';

/** How many whitespace-separated tokens from the start of a line may hold the timestamp. */
const MAX_TOKENS = 5;

/** Reads the leading timestamp of one log line; see {@link createTimestampExtractor}. */
export type TimestampExtractor = (line: string) => ParsedTimestamp | null;

/**
 * Builds a fast per-line timestamp reader (no regular expressions). It looks at the start of
 * each of the first five tokens of the line (skipping an opening `[`, `(`, `"` or a syslog
 * `<PRI>`), so a leading label, host, file name or BGL alert tag does not hide the time.
 * Recognised forms: ISO 8601 / RFC 3339 (`T`, space or `_` between date and time, fraction to
 * nanoseconds, `Z`/offset optional), log4j `2015-07-29 17:41:44,747`, BGL
 * `2005-06-03-15.42.50.363779`, dates `2005.06.03`, HDFS `081109 203615`, `20050603T154250Z`,
 * `20171223-22:15:29`, Spark `17/06/09 20:10:40`, syslog `Jun 14 15:16:01`, ctime
 * `Sun Dec 04 04:47:44 2005`, RFC 2822, Apache access `10/Oct/2000:13:55:36 -0700`, Android
 * `06-14 15:16:01.123`, `10.30 16:49:06`, and epoch seconds/ms/µs/ns (2000–2100). Forms
 * without a year take `referenceYear`; times without a zone take `defaultZone`.
 *
 * Throws a `validation` DomainError for an unknown `defaultZone` or a bad `referenceYear`.
 *
 * @example
 * const extract = createTimestampExtractor({ defaultZone: 'Europe/Berlin' });
 * extract('2015-07-29 17:41:44,747 - INFO  [main] - up')?.at; // '2015-07-29T15:41:44.747Z'
 */
export function createTimestampExtractor(options: TimestampOptions = {}): TimestampExtractor {
  const scan = createTimestampScanner(options);
  const fields = createTimestampFields();
  const iso = new IsoFormatter();
  return (line) => {
    if (!scan(line, fields)) return null;
    const { epochMs, precision, zoneAssumed, start, end } = fields;
    return { at: iso.format(epochMs), epochMs, precision, zoneAssumed, start, end };
  };
}

/**
 * Reads the leading timestamp of one line into `into` (left as it was when there is none) and
 * says whether there was one; see {@link createTimestampScanner}.
 */
export type TimestampScanner = (line: string, into: TimestampFields) => boolean;

/**
 * Builds the allocation-free core of {@link createTimestampExtractor}: the same search and forms,
 * but the result goes into a record the caller reuses from line to line, and no ISO text is
 * built (callers that need it format `epochMs`). For hot loops over millions of lines.
 * Throws like {@link createTimestampExtractor} on bad options.
 *
 * @example
 * const scan = createTimestampScanner();
 * const fields = createTimestampFields();
 * scan('081109 203615 148 INFO dfs.DataNode: ok', fields); // true
 * fields.epochMs; // 1226262975000 (fields.start 0, fields.end 13, precision 's')
 */
export function createTimestampScanner(options: TimestampOptions = {}): TimestampScanner {
  const zone = createZoneResolver(options.defaultZone ?? 'UTC');
  const referenceYear = resolveReferenceYear(options);
  const wall = createWallTime();
  return (line, into) => scanLine(line, wall, zone, referenceYear, into);
}

/**
 * A blank record for {@link createTimestampScanner} to fill (offsets -1, instant NaN).
 *
 * @example
 * createTimestampFields().start; // -1
 */
export function createTimestampFields(): TimestampFields {
  return { epochMs: Number.NaN, precision: 's', zoneAssumed: false, start: -1, end: -1 };
}

/**
 * Builds a reader that says whether a timestamp (any form {@link createTimestampExtractor}
 * knows) starts exactly at offset `at` of a line, returning where it ends or -1, without
 * converting it. For callers that step over further timestamps inside a header.
 *
 * @example
 * createTimestampSpanReader()('- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228 x', 30); // 44
 */
export function createTimestampSpanReader(
  options: Pick<TimestampOptions, 'referenceYear'> = {},
): (line: string, at: number) => number {
  const referenceYear = resolveReferenceYear(options);
  const wall = createWallTime();
  return (line, at) => readAt(line, skipOpening(line, at), wall, referenceYear);
}

function resolveReferenceYear(options: TimestampOptions): number {
  const referenceYear = options.referenceYear ?? new Date().getUTCFullYear();
  if (!Number.isInteger(referenceYear) || referenceYear < 1 || referenceYear > 9999) {
    const message = `expected a whole year between 1 and 9999, got ${String(referenceYear)}`;
    throw new DomainError('validation', `referenceYear: ${message}`, [
      { path: 'referenceYear', message },
    ]);
  }
  return referenceYear;
}

const resolvers = new Map<string, TimestampExtractor>();

/**
 * Finds and parses the leading timestamp of a plain-text log line, or returns null. A convenience
 * over {@link createTimestampExtractor} that keeps one extractor per option set.
 *
 * @example
 * extractTimestamp('081109 203615 148 INFO dfs.DataNode: ok');
 * // { at: '2008-11-09T20:36:15.000Z', epochMs: 1226262975000, precision: 's',
 * //   zoneAssumed: true, start: 0, end: 13 }
 */
export function extractTimestamp(
  line: string,
  options: TimestampOptions = {},
): ParsedTimestamp | null {
  const key = `${options.defaultZone ?? 'UTC'}|${options.referenceYear ?? ''}`;
  let extract = resolvers.get(key);
  if (extract === undefined) {
    extract = createTimestampExtractor(options);
    if (resolvers.size > 64) resolvers.clear();
    resolvers.set(key, extract);
  }
  return extract(line);
}

function scanLine(
  line: string,
  wall: WallTime,
  zone: ZoneResolver,
  referenceYear: number,
  into: TimestampFields,
): boolean {
  // Whether the line holds a tab decides how to find the next token; most lines have their
  // timestamp first, so the line is searched for a tab only when a second token is needed.
  let tabs: boolean | undefined;
  let i = 0;
  for (let token = 0; token < MAX_TOKENS; token += 1) {
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i += 1;
    if (i >= line.length) return false;
    const start = skipOpening(line, i);
    const end = readAt(line, start, wall, referenceYear);
    if (end > 0) {
      writeFields(wall, zone, start, end, into);
      return true;
    }
    tabs ??= line.includes('\t');
    i = tabs ? nextBlank(line, i) : line.indexOf(' ', i);
    if (i < 0) return false;
  }
  return false;
}

function nextBlank(line: string, at: number): number {
  let i = at;
  while (i < line.length && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9) i += 1;
  return i;
}

/** Skips `[`, `(`, `"`, `'` and a syslog priority `<34>` in front of a timestamp. */
function skipOpening(line: string, at: number): number {
  let i = at;
  for (;;) {
    const code = line.charCodeAt(i);
    if (code === 91 || code === 40 || code === 34 || code === 39) i += 1;
    else if (code === 60 && isDigit(line.charCodeAt(i + 1))) {
      let j = i + 1;
      while (isDigit(line.charCodeAt(j))) j += 1;
      if (line.charCodeAt(j) !== 62) return i;
      i = j + 1;
    } else return i;
  }
}

function readAt(line: string, at: number, wall: WallTime, referenceYear: number): number {
  const code = line.charCodeAt(at);
  wall.offsetMinutes = null;
  wall.epochMs = null;
  let end = -1;
  if (isDigit(code)) end = readNumericTimestamp(line, at, wall, referenceYear);
  else if (isLetter(code)) end = readNamedTimestamp(line, at, wall, referenceYear);
  if (end < 0) return -1;
  return wall.epochMs !== null || isValidWallTime(wall) ? end : -1;
}

function writeFields(
  wall: WallTime,
  zone: ZoneResolver,
  start: number,
  end: number,
  into: TimestampFields,
): void {
  let epochMs: number;
  let zoneAssumed = false;
  if (wall.epochMs !== null) epochMs = wall.epochMs;
  else if (wall.offsetMinutes !== null) {
    epochMs = wallTimeAsUtcMs(wall) - wall.offsetMinutes * 60_000;
  } else {
    epochMs = zone.toUtcMs(wallTimeAsUtcMs(wall));
    zoneAssumed = true;
  }
  into.epochMs = epochMs;
  into.precision = wall.precision;
  into.zoneAssumed = zoneAssumed;
  into.start = start;
  into.end = end;
}
