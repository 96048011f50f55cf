import { createLogLineScanner, IsoFormatter } from '@aftermath/analysis';
import type { ImportOptions } from '../importer';
import { parseJsonLine } from './json-line';
import { parseLogfmtLine } from './logfmt-line';
import {
  pickLevel,
  pickMessage,
  pickService,
  pickTime,
  type LogRecord,
  type RecordFields,
} from './log-record';
import type { LogProblemList } from './problem-list';
import { createFieldTimeReader } from './record-time';

/** Turns lines into records: structured formats one per line, plain text with continuations. */
export interface RecordReader {
  line(text: string, line: number, byteOffset: number): void;
  /** Flushes a record still being assembled. */
  end(): void;
}

/** Everything a record reader is built from. */
export interface RecordReaderContext {
  options: ImportOptions;
  problems: LogProblemList;
  onRecord: (record: LogRecord) => void;
}

const EXAMPLE_MAX = 500;

function cut(text: string): string {
  return text.length > EXAMPLE_MAX ? `${text.slice(0, EXAMPLE_MAX - 1)}…` : text;
}

function isBlank(text: string): boolean {
  // Nearly every line starts with a visible ASCII character: no trimmed copy to build then.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return text.trim() === '';
}

type FieldParser = (text: string) => RecordFields | string;

function structuredReader(context: RecordReaderContext, parse: FieldParser): RecordReader {
  const readTime = createFieldTimeReader(context.options);
  return {
    line(text, line, byteOffset) {
      if (isBlank(text)) return;
      const fields = parse(text);
      if (typeof fields === 'string') {
        context.problems.add(line, fields);
        return;
      }
      context.onRecord({
        instant: readTime(pickTime(fields)),
        level: pickLevel(fields),
        message: pickMessage(fields),
        service: pickService(fields),
        example: cut(text),
        line,
        byteOffset,
      });
    },
    end() {},
  };
}

/** JSON lines: one JSON object per line; anything else is a problem naming the line. */
export function createJsonLinesReader(context: RecordReaderContext): RecordReader {
  return structuredReader(context, (text) => {
    const result = parseJsonLine(text);
    return result.ok ? result.fields : result.reason;
  });
}

/** logfmt: `key=value` pairs per line; a line without any pair is a problem. */
export function createLogfmtReader(context: RecordReaderContext): RecordReader {
  return structuredReader(context, (text) => {
    const fields = parseLogfmtLine(text);
    return fields ?? 'not logfmt: no key=value pair';
  });
}

/**
 * Plain text: a line with a leading timestamp starts a record (header found by the analysis
 * scanner, as offsets: only the message is sliced off); a line without one continues the record
 * before it (stack traces).
 */
export function createTextLogReader(context: RecordReaderContext): RecordReader {
  const scan = createLogLineScanner(context.options);
  const iso = new IsoFormatter();
  let pending: LogRecord | null = null;
  return {
    line(text, line, byteOffset) {
      if (isBlank(text)) return;
      const spans = scan(text);
      if (!spans.timed) {
        if (pending === null)
          context.problems.add(line, 'no leading timestamp, and no record before it to continue');
        return;
      }
      if (pending !== null) context.onRecord(pending);
      const { epochMs, precision, zoneAssumed } = spans.timestamp;
      pending = {
        instant: { at: iso.format(epochMs), epochMs, precision, zoneAssumed },
        level: spans.level,
        message: text.slice(spans.contentStart),
        service: null,
        example: cut(text),
        line,
        byteOffset,
      };
    },
    end() {
      if (pending !== null) context.onRecord(pending);
      pending = null;
    },
  };
}
