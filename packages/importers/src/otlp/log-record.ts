import { describeValue, readString, type Instant } from '../json-documents';
import { readSeverityLevel, type SeverityLevel } from './otlp-enums';
import { readAnyValue, readAttributes, readOtlpId } from './otlp-values';
import { parseUnixNano } from './unix-nano';
import type { OtlpRecord } from './walk-otlp';

/** What a log record says, read from its OTLP/JSON fields. */
export interface LogLine {
  instant: Instant;
  level: SeverityLevel | null;
  severityText: string | null;
  /** The body as text, after the event name when the record is an event. */
  message: string;
  traceId: string | null;
  attributes: Record<string, string>;
  service: string | null;
  scope: string | null;
  /** The record as JSON, to tell identical records apart in dedupe keys. */
  fingerprint: string;
}

/**
 * Reads one OTLP log record. Its time is `timeUnixNano`, or `observedTimeUnixNano` when the
 * source left the event time unset (as the OTLP spec says to). A record with neither gives a
 * problem message naming both fields.
 *
 * @example
 * readLogLine({ record: { timeUnixNano: '1544712660300000000', severityNumber: 17,
 *   body: { stringValue: 'db down' } }, pointer: '/resourceLogs/0/scopeLogs/0/logRecords/0',
 *   service: 'api', scope: null }); // { level: 'ERROR', message: 'db down', … }
 */
export function readLogLine(item: OtlpRecord): LogLine | string {
  const { record } = item;
  const instant = parseUnixNano(record.timeUnixNano) ?? parseUnixNano(record.observedTimeUnixNano);
  if (!instant) {
    return (
      'a log record needs timeUnixNano or observedTimeUnixNano as nanoseconds since the Unix ' +
      `epoch in a string, not ${describeValue(record.timeUnixNano)}`
    );
  }
  const body = readAnyValue(record.body);
  const event = readString(record, 'eventName');
  const message = event ? (body ? `${event}: ${body}` : event) : (body ?? '(no body)');
  return {
    instant,
    level: readSeverityLevel(record.severityNumber, record.severityText),
    severityText: readString(record, 'severityText'),
    message,
    traceId: readOtlpId(record.traceId, 16),
    attributes: readAttributes(record.attributes),
    service: item.service,
    scope: item.scope,
    fingerprint: JSON.stringify(record),
  };
}
