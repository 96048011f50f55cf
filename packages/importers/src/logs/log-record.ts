import type { Instant } from '../json-documents';

/** One log record (a line, or a line and its continuation lines) read from a log file. */
export interface LogRecord {
  /** When it happened; null when the record carries no readable time. */
  instant: Instant | null;
  /** The level as written (`ERROR`, `warn`, `30` …), or null. */
  level: string | null;
  /** The message the templates are mined on. */
  message: string;
  service: string | null;
  /** The first line of the record as written (cut to a readable length). */
  example: string;
  /** 1-based number and byte offset of the record's first line. */
  line: number;
  byteOffset: number;
}

/**
 * Fields of a structured record (JSON object or logfmt pairs); `get` also answers dotted names
 * of nested objects (`service.name`, `log.level`).
 */
export interface RecordFields {
  get(name: string): unknown;
  entries(): Iterable<[string, unknown]>;
}

const TIME_FIELDS = ['time', 'timestamp', 'ts', '@timestamp', 't', 'date'];
const LEVEL_FIELDS = ['level', 'severity', 'lvl', 'log.level', 'loglevel', 'levelname'];
const MESSAGE_FIELDS = ['msg', 'message', 'log', 'event', '@message'];
const SERVICE_FIELDS = ['service', 'service.name', 'app', 'component', 'logger'];

/** The first present field among `names`. */
function pick(fields: RecordFields, names: readonly string[]): unknown {
  for (const name of names) {
    const value = fields.get(name);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** The field names read for each part of a structured record, in order of preference. */
export const STRUCTURED_FIELDS = {
  time: TIME_FIELDS,
  level: LEVEL_FIELDS,
  message: MESSAGE_FIELDS,
  service: SERVICE_FIELDS,
} as const;

/** The time field's raw value. */
export const pickTime = (fields: RecordFields): unknown => pick(fields, TIME_FIELDS);

/** The level as text (numbers such as bunyan's `50` kept as written), or null. */
export function pickLevel(fields: RecordFields): string | null {
  const value = pick(fields, LEVEL_FIELDS);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * The message; without a message field, the remaining fields as `key=value` (so a record of
 * only fields still gets a template).
 */
export function pickMessage(fields: RecordFields): string {
  const value = pick(fields, MESSAGE_FIELDS);
  if (typeof value === 'string') return value;
  if (value !== undefined) return JSON.stringify(value) ?? '';
  const skip = new Set<string>([...TIME_FIELDS, ...LEVEL_FIELDS, ...SERVICE_FIELDS]);
  const parts: string[] = [];
  for (const [key, field] of fields.entries()) {
    if (skip.has(key)) continue;
    parts.push(`${key}=${typeof field === 'string' ? field : (JSON.stringify(field) ?? '')}`);
  }
  return parts.join(' ');
}

/** The service name as text, or null. */
export function pickService(fields: RecordFields): string | null {
  const value = pick(fields, SERVICE_FIELDS);
  return typeof value === 'string' ? value : null;
}

/** A record with a readable time: the only kind that can go on a timeline. */
export type TimedLogRecord = LogRecord & { instant: Instant };

/** True when the record has a readable time. */
export function isTimed(record: LogRecord): record is TimedLogRecord {
  return record.instant !== null;
}
