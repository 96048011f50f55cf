import {
  asArray,
  asObject,
  describeValue,
  readString,
  type Instant,
  type JsonObject,
} from '../json-documents';
import { readSpanKind, readStatusCode, type SpanStatusCode } from './otlp-enums';
import { readAttributes, readOtlpId } from './otlp-values';
import { durationMs, parseUnixNano } from './unix-nano';
import type { OtlpRecord } from './walk-otlp';

/** What a span says, read from its OTLP/JSON fields. */
export interface SpanInfo {
  traceId: string;
  spanId: string;
  /** Null for a root span (no or all-zero `parentSpanId`). */
  parentSpanId: string | null;
  name: string;
  kind: string | null;
  start: Instant;
  /** Null when the end is missing or before the start. */
  durationMs: number | null;
  status: SpanStatusCode;
  statusMessage: string | null;
  /** `type: message` of the first `exception` event, if any. */
  exception: string | null;
  attributes: Record<string, string>;
  service: string | null;
  scope: string | null;
}

/**
 * Reads one OTLP span, or says which required field is missing or malformed (`traceId` as 32
 * hex digits, `spanId` as 16, `startTimeUnixNano` as a string of nanoseconds).
 *
 * @example
 * readSpan(item); // { traceId: '5b8e…', spanId: 'eee1…', status: 'ERROR', … } or 'spanId must be …'
 */
export function readSpan(item: OtlpRecord): SpanInfo | string {
  const { record } = item;
  const traceId = readOtlpId(record.traceId, 16);
  if (!traceId)
    return `traceId must be 16 bytes in hex (32 digits), not ${describeValue(record.traceId)}`;
  const spanId = readOtlpId(record.spanId, 8);
  if (!spanId)
    return `spanId must be 8 bytes in hex (16 digits), not ${describeValue(record.spanId)}`;
  const start = parseUnixNano(record.startTimeUnixNano);
  if (!start) {
    return (
      'startTimeUnixNano must be nanoseconds since the Unix epoch in a string, not ' +
      describeValue(record.startTimeUnixNano)
    );
  }
  const status = asObject(record.status);
  return {
    traceId,
    spanId,
    parentSpanId: readOtlpId(record.parentSpanId, 8),
    name: readString(record, 'name') ?? '(unnamed span)',
    kind: readSpanKind(record.kind),
    start,
    durationMs: durationMs(record.startTimeUnixNano, record.endTimeUnixNano),
    status: readStatusCode(status?.code),
    statusMessage: readString(status, 'message'),
    exception: readException(record),
    attributes: readAttributes(record.attributes),
    service: item.service,
    scope: item.scope,
  };
}

/** The first `exception` event (OpenTelemetry semantic conventions), as `type: message`. */
function readException(record: JsonObject): string | null {
  for (const event of asArray(record.events) ?? []) {
    const object = asObject(event);
    if (readString(object, 'name') !== 'exception') continue;
    const attributes = readAttributes(object?.attributes);
    const parts = [attributes['exception.type'], attributes['exception.message']].filter(Boolean);
    if (parts.length > 0) return parts.join(': ');
  }
  return null;
}
