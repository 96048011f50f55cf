import {
  createTimestampExtractor,
  createTimestampSpanReader,
  type ParsedTimestamp,
  type TimestampOptions,
} from '../timestamps';
import {
  bracketGroupEnd,
  isBlank,
  isComponentName,
  isSeparator,
  readLevel,
  skipBlanks,
  tokenEnd,
} from './header-tokens';

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

/** How many header tokens after the timestamp may come before the level (BGL has six). */
const MAX_FIELDS_BEFORE_LEVEL = 8;
/** A syslog tag (`sshd[42]:`) must come within this many tokens after the last timestamp. */
const MAX_FIELDS_BEFORE_TAG = 3;

/**
 * Builds a splitter that separates a log line's header from its message, generically rather
 * than per format: it removes the leading timestamp (and anything before it, such as a file name
 * or an alert tag), then looks up to eight tokens further for a level (`INFO`, `[notice]`) and
 * takes an optional logger and bracketed context after it (`dfs.DataNode:`, `[main]`,
 * `nova.compute.manager [req-…]`, ending at ` - `); without a level, a syslog tag ending in `:`
 * within three tokens of the last timestamp ends the header (further timestamps in the header,
 * as in BGL or Thunderbird, are stepped over). Throws like {@link createTimestampExtractor} on
 * bad options.
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
  const extract = createTimestampExtractor(options);
  const readTimestamp = createTimestampSpanReader(options);
  return (line) => {
    const timestamp = extract(line);
    let at = 0;
    if (timestamp !== null) {
      at = timestamp.end;
      const closing = line.charCodeAt(at);
      if (timestamp.start > 0 && (closing === 93 || closing === 41 || closing === 34)) at += 1;
    }
    const parts =
      timestamp === null
        ? splitUntimedHeader(line, line.includes('\t'))
        : splitHeader(line, at, readTimestamp, line.includes('\t'));
    parts.timestamp = timestamp;
    return parts;
  };
}

function splitHeader(
  line: string,
  from: number,
  readTimestamp: (line: string, at: number) => number,
  tabs: boolean,
): LogLineParts {
  let at = from;
  let sinceTimestamp = 0;
  for (let field = 0; field < MAX_FIELDS_BEFORE_LEVEL; field += 1) {
    const start = skipBlanks(line, at);
    if (start >= line.length) break;
    const timestampEnd = readTimestamp(line, start);
    if (timestampEnd > 0) {
      at = timestampEnd;
      sinceTimestamp = 0;
      continue;
    }
    const end =
      line.charCodeAt(start) === 91 ? bracketGroupEnd(line, start) : tokenEnd(line, start, tabs);
    if (end < 0) break;
    const level = readLevel(line, start, end);
    if (level !== null) return splitAfterLevel(line, end, level, tabs);
    if (sinceTimestamp < MAX_FIELDS_BEFORE_TAG && isTag(line, start, end)) {
      return parts(line, end, null, line.slice(start, end - 1));
    }
    sinceTimestamp += 1;
    at = end;
  }
  return parts(line, from, null, null);
}

/** Without a timestamp only a leading level (and what follows it) counts as header. */
function splitUntimedHeader(line: string, tabs: boolean): LogLineParts {
  const start = skipBlanks(line, 0);
  const end = tokenEnd(line, start, tabs);
  const level = readLevel(line, start, end);
  return level === null ? parts(line, 0, null, null) : splitAfterLevel(line, end, level, tabs);
}

/** A syslog tag: a token of two or more characters ending in `:` (`sshd[42]:`, `kernel:`). */
function isTag(line: string, start: number, end: number): boolean {
  return end - start > 1 && line.charCodeAt(end - 1) === 58;
}

/**
 * After the level, reads `[thread]? logger? [context]? separator?`, each optional. Bracket
 * groups count as header only when a logger or a separator confirms it, so Apache's
 * `[client 1.2.3.4]` stays in the message.
 */
function splitAfterLevel(line: string, from: number, level: string, tabs: boolean): LogLineParts {
  let at = from;
  const threadStart = skipBlanks(line, at);
  const threadEnd = bracketGroupEnd(line, threadStart);
  if (threadEnd > 0) at = threadEnd;
  let name: string | null = null;
  const nameStart = skipBlanks(line, at);
  const nameEnd = tokenEnd(line, nameStart, tabs);
  if (isComponentName(line, nameStart, nameEnd)) {
    const colon = line.charCodeAt(nameEnd - 1) === 58;
    name = line.slice(nameStart, colon ? nameEnd - 1 : nameEnd);
    if (colon) return parts(line, nameEnd, level, name);
    at = nameEnd;
    const contextEnd = bracketGroupEnd(line, skipBlanks(line, at));
    if (contextEnd > 0) at = contextEnd;
  }
  const separatorStart = skipBlanks(line, at);
  const separatorEnd = tokenEnd(line, separatorStart, tabs);
  if (isSeparator(line, separatorStart, separatorEnd)) {
    const thread = threadEnd > 0 ? line.slice(threadStart + 1, threadEnd - 1) : null;
    return parts(line, separatorEnd, level, name ?? thread);
  }
  return name === null ? parts(line, from, level, null) : parts(line, at, level, name);
}

function parts(
  line: string,
  at: number,
  level: string | null,
  component: string | null,
): LogLineParts {
  let start = at;
  while (start < line.length && isBlank(line.charCodeAt(start))) start += 1;
  return { timestamp: null, level, component, content: line.slice(start), contentStart: start };
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
