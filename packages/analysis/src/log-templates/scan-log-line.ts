import {
  createTimestampFields,
  createTimestampScanner,
  createTimestampSpanReader,
  type TimestampFields,
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

/**
 * Where the header fields and the message of a plain-text log line are, as offsets into the
 * line: one record reused for every line (see {@link createLogLineScanner}), so a scan builds no
 * strings and no objects; callers slice only what they keep.
 */
export interface LogLineSpans {
  /** True when the line has a leading timestamp (then `timestamp` describes it). */
  timed: boolean;
  /** The leading timestamp's offsets and instant; stale when `timed` is false. */
  readonly timestamp: TimestampFields;
  /** The level as written, without brackets (`INFO`, `notice`), or null. */
  level: string | null;
  /** Offset where the logger, class or syslog tag starts, or -1 when there is none. */
  componentStart: number;
  /** Offset where the component ends (exclusive), or -1. */
  componentEnd: number;
  /** Offset where the message starts; it runs to the end of the line. */
  contentStart: number;
}

/** How many header tokens after the timestamp may come before the level (BGL has six). */
const MAX_FIELDS_BEFORE_LEVEL = 8;
/** A syslog tag (`sshd[42]:`) must come within this many tokens after the last timestamp. */
const MAX_FIELDS_BEFORE_TAG = 3;

/**
 * Builds the offset-only form of `createLogLineSplitter` (same rules, same results): it fills
 * and returns ONE {@link LogLineSpans} record, overwritten by the next call, so that mining
 * millions of lines allocates nothing per line. Throws like `createTimestampExtractor` on bad
 * options.
 *
 * @example
 * const scan = createLogLineScanner();
 * const line = '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating';
 * const spans = scan(line);
 * // spans.level 'INFO', spans.contentStart 54, spans.timestamp.epochMs 1226262975000
 * line.slice(spans.componentStart, spans.componentEnd); // 'dfs.DataNode$PacketResponder'
 */
export function createLogLineScanner(
  options: TimestampOptions = {},
): (line: string) => LogLineSpans {
  const scanTimestamp = createTimestampScanner(options);
  const readTimestamp = createTimestampSpanReader(options);
  const spans: LogLineSpans = {
    timed: false,
    timestamp: createTimestampFields(),
    level: null,
    componentStart: -1,
    componentEnd: -1,
    contentStart: 0,
  };
  return (line) => {
    spans.timed = scanTimestamp(line, spans.timestamp);
    // Whether the line holds a tab decides how tokens are found (a native search without one).
    const tabs = line.includes('\t');
    if (!spans.timed) {
      scanUntimedHeader(spans, line, tabs);
      return spans;
    }
    let at = spans.timestamp.end;
    const closing = line.charCodeAt(at);
    if (spans.timestamp.start > 0 && (closing === 93 || closing === 41 || closing === 34)) at += 1;
    scanHeader(spans, line, at, readTimestamp, tabs);
    return spans;
  };
}

function scanHeader(
  spans: LogLineSpans,
  line: string,
  from: number,
  readTimestamp: (line: string, at: number) => number,
  tabs: boolean,
): void {
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
    if (level !== null) {
      scanAfterLevel(spans, line, end, level, tabs);
      return;
    }
    if (sinceTimestamp < MAX_FIELDS_BEFORE_TAG && isTag(line, start, end)) {
      setSpans(spans, line, end, null, start, end - 1);
      return;
    }
    sinceTimestamp += 1;
    at = end;
  }
  setSpans(spans, line, from, null, -1, -1);
}

/** Without a timestamp only a leading level (and what follows it) counts as header. */
function scanUntimedHeader(spans: LogLineSpans, line: string, tabs: boolean): void {
  const start = skipBlanks(line, 0);
  const end = tokenEnd(line, start, tabs);
  const level = readLevel(line, start, end);
  if (level === null) setSpans(spans, line, 0, null, -1, -1);
  else scanAfterLevel(spans, line, end, level, tabs);
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
function scanAfterLevel(
  spans: LogLineSpans,
  line: string,
  from: number,
  level: string,
  tabs: boolean,
): void {
  let at = from;
  const threadStart = skipBlanks(line, at);
  const threadEnd = bracketGroupEnd(line, threadStart);
  if (threadEnd > 0) at = threadEnd;
  let nameStart = skipBlanks(line, at);
  let nameEnd = tokenEnd(line, nameStart, tabs);
  if (isComponentName(line, nameStart, nameEnd)) {
    const colon = line.charCodeAt(nameEnd - 1) === 58;
    if (colon) {
      setSpans(spans, line, nameEnd, level, nameStart, nameEnd - 1);
      return;
    }
    at = nameEnd;
    const contextEnd = bracketGroupEnd(line, skipBlanks(line, at));
    if (contextEnd > 0) at = contextEnd;
  } else {
    nameStart = -1;
    nameEnd = -1;
  }
  const separatorStart = skipBlanks(line, at);
  const separatorEnd = tokenEnd(line, separatorStart, tabs);
  if (isSeparator(line, separatorStart, separatorEnd)) {
    if (nameStart >= 0) setSpans(spans, line, separatorEnd, level, nameStart, nameEnd);
    else if (threadEnd > 0)
      setSpans(spans, line, separatorEnd, level, threadStart + 1, threadEnd - 1);
    else setSpans(spans, line, separatorEnd, level, -1, -1);
    return;
  }
  if (nameStart < 0) setSpans(spans, line, from, level, -1, -1);
  else setSpans(spans, line, at, level, nameStart, nameEnd);
}

function setSpans(
  spans: LogLineSpans,
  line: string,
  at: number,
  level: string | null,
  componentStart: number,
  componentEnd: number,
): void {
  let start = at;
  while (start < line.length && isBlank(line.charCodeAt(start))) start += 1;
  spans.level = level;
  spans.componentStart = componentStart;
  spans.componentEnd = componentEnd;
  spans.contentStart = start;
}
