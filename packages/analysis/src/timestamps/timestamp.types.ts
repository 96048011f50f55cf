import type { TimePrecision } from '@aftermath/domain';

/**
 * A timestamp found at the start of a log line, normalised to UTC.
 *
 * @example
 * // from '2015-07-29 17:41:44,747 - INFO  [main] - Starting'
 * { at: '2015-07-29T17:41:44.747Z', precision: 'ms', zoneAssumed: true, start: 0, end: 23 }
 */
export interface ParsedTimestamp {
  /** The instant as a UTC ISO 8601 string with milliseconds (`2015-07-29T17:41:44.747Z`). */
  at: string;
  /** The same instant in milliseconds since the Unix epoch (sub-millisecond digits truncated). */
  epochMs: number;
  /** How precise the written timestamp was: its finest unit. */
  precision: TimePrecision;
  /** True when the line gave no zone and the default zone was applied. */
  zoneAssumed: boolean;
  /** Character offset in the line where the timestamp starts (inclusive). */
  start: number;
  /** Character offset in the line where the timestamp ends (exclusive). */
  end: number;
}

/**
 * A leading timestamp as a reused record (see `createTimestampScanner`): the fields of
 * {@link ParsedTimestamp} without its ISO text, which hot loops format only when they need it.
 *
 * @example
 * // from '081109 203615 148 INFO dfs.DataNode: ok'
 * { epochMs: 1226262975000, precision: 's', zoneAssumed: true, start: 0, end: 13 }
 */
export type TimestampFields = Omit<ParsedTimestamp, 'at'>;

/** How to read timestamps that leave something out. */
export interface TimestampOptions {
  /**
   * Zone for timestamps written without one: `UTC` (the default), an IANA name such as
   * `Europe/Berlin`, or a fixed offset such as `+02:00`, `-0530` or `Z`.
   */
  defaultZone?: string;
  /**
   * Year for forms that carry none (syslog `Jun 14 15:16:01`, Android `06-14 15:16:01.123`).
   * Defaults to the current UTC year.
   */
  referenceYear?: number;
}
