import { createLogLineSplitter } from '@aftermath/analysis';
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
 * Plain text: a line with a leading timestamp starts a record (header split off by the
 * analysis splitter); a line without one continues the record before it (stack traces).
 */
export function createTextLogReader(context: RecordReaderContext): RecordReader {
  const split = createLogLineSplitter(context.options);
  let pending: LogRecord | null = null;
  return {
    line(text, line, byteOffset) {
      if (isBlank(text)) return;
      const parts = split(text);
      if (parts.timestamp === null) {
        if (pending === null)
          context.problems.add(line, 'no leading timestamp, and no record before it to continue');
        return;
      }
      if (pending !== null) context.onRecord(pending);
      const { at, epochMs, precision, zoneAssumed } = parts.timestamp;
      pending = {
        instant: { at, epochMs, precision, zoneAssumed },
        level: parts.level,
        message: parts.content,
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
