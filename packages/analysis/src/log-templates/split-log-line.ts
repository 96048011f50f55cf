import { IsoFormatter, type ParsedTimestamp, type TimestampOptions } from '../timestamps';
import { createLogLineScanner } from './scan-log-line';

/** A plain-text log line split into its header fields and its message content. */
export interface LogLineParts {
  /** The leading timestamp, or null when the line has none. */
  timestamp: ParsedTimestamp | null;
  /** The level as written, without brackets (`INFO`, `notice`), or null. */
  level: string | null;
  /** The logger, class or syslog tag (`dfs.FSNamesystem`, `sshd(pam_unix)[19939]`), or null. */
  component: string | null;
  /** The message: what is left once the header is removed. */
  content: string;
  /** Character offset of `content` in the line. */
  contentStart: number;
}

/**
 * Builds a splitter that separates a log line's header from its message, generically rather
 * than per format: it removes the leading timestamp (and anything before it, such as a file name
 * or an alert tag), then looks up to eight tokens further for a level (`INFO`, `[notice]`) and
 * takes an optional logger and bracketed context after it (`dfs.DataNode:`, `[main]`,
 * `nova.compute.manager [req-…]`, ending at ` - `); without a level, a syslog tag ending in `:`
 * within three tokens of the last timestamp ends the header (further timestamps in the header,
 * as in BGL or Thunderbird, are stepped over). Builds strings and a fresh result per line;
 * hot loops use {@link createLogLineScanner}, which gives the same answer as offsets. Throws
 * like `createTimestampExtractor` on bad options.
 *
 * @example
 * const split = createLogLineSplitter();
 * split('081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating');
 * // { level: 'INFO', component: 'dfs.DataNode$PacketResponder',
 * //   content: 'PacketResponder 1 terminating', contentStart: 54, timestamp: {…} }
 */
export function createLogLineSplitter(
  options: TimestampOptions = {},
): (line: string) => LogLineParts {
  const scan = createLogLineScanner(options);
  const iso = new IsoFormatter();
  return (line) => {
    const spans = scan(line);
    const { epochMs, precision, zoneAssumed, start, end } = spans.timestamp;
    const { componentStart, componentEnd, contentStart } = spans;
    return {
      timestamp: spans.timed
        ? { at: iso.format(epochMs), epochMs, precision, zoneAssumed, start, end }
        : null,
      level: spans.level,
      component: componentStart < 0 ? null : line.slice(componentStart, componentEnd),
      content: line.slice(contentStart),
      contentStart,
    };
  };
}

const splitters = new Map<string, (line: string) => LogLineParts>();

/**
 * Splits one log line (see {@link createLogLineSplitter}), keeping one splitter per option set.
 *
 * @example
 * splitLogLine('Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown').content;
 * // 'check pass; user unknown'
 */
export function splitLogLine(line: string, options: TimestampOptions = {}): LogLineParts {
  const key = `${options.defaultZone ?? 'UTC'}|${options.referenceYear ?? ''}`;
  let split = splitters.get(key);
  if (split === undefined) {
    split = createLogLineSplitter(options);
    if (splitters.size > 64) splitters.clear();
    splitters.set(key, split);
  }
  return split(line);
}
