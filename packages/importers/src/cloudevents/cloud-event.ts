import {
  buildEntry,
  describeValue,
  parseInstant,
  readLabels,
  readObject,
  readString,
  taggedTitle,
  toServiceName,
  type JsonObject,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { classifyEventType } from './classify-event-type';

const CONTEXT_ATTRIBUTES = new Set([
  'specversion',
  'id',
  'source',
  'type',
  'subject',
  'time',
  'datacontenttype',
  'dataschema',
  'data',
  'data_base64',
]);
const DATA_SHOWN_MAX = 4000;

/**
 * Reads one structured-mode CloudEvent 1.0. Kind and status come from the `type` (see
 * `classifyEventType`); the entry is at `time`, which is required here since an event without
 * one cannot be placed. Dedupe key: source and id, as the specification makes them unique.
 */
export function readCloudEvent(
  event: JsonObject,
  pointer: string,
  context: RecordContext,
): RecordResult {
  const attributes = readRequired(event);
  if (typeof attributes === 'string') return { pointer, problem: attributes };
  const { id, source, type } = attributes;
  const instant = parseInstant(event.time, context.options.defaultZone);
  if (!instant) {
    const found = describeValue(event.time);
    return { pointer, problem: `time must be an RFC 3339 time to place the event, not ${found}` };
  }
  const reading = classifyEventType(type);
  const data = readObject(event, 'data');
  const service = readService(event, data);
  const title = eventTitle(event, data, source, type);
  return {
    dedupeKey: `cloudevents:${JSON.stringify([source, id])}`,
    entry: buildEntry({
      instant,
      kind: reading.kind,
      title: reading.tag ? taggedTitle(reading.tag, title) : title,
      body: describeEvent(event),
      source: 'cloudevents',
      service,
      evidence: context.evidenceAt(pointer),
    }),
    ...(reading.kind === 'alert' && {
      signal: {
        groupKey: readString(event, 'subject') ?? source,
        service,
        severity: readString(event, 'severity') ?? readString(data, 'severity'),
        status: reading.status,
        labels: readLabels(data, 'labels'),
      },
    }),
  };
}

/** The required attributes, or a problem naming the first one that is wrong. */
function readRequired(event: JsonObject): { id: string; source: string; type: string } | string {
  if (readString(event, 'specversion') !== '1.0') {
    return `specversion must be "1.0", not ${describeValue(event.specversion)}`;
  }
  const id = readString(event, 'id');
  const source = readString(event, 'source');
  const type = readString(event, 'type');
  if (id && source && type) return { id, source, type };
  const missing = !id ? 'id' : !source ? 'source' : 'type';
  return `the required attribute ${missing} is missing or empty`;
}

/** What the event is about first (so alerts pair up), then a summary from its data, then the type. */
function eventTitle(event: JsonObject, data: JsonObject | null, source: string, type: string) {
  const name = readString(event, 'subject') ?? cdeventsSubject(data) ?? lastSegment(source);
  const summary = ['title', 'summary', 'message', 'description', 'reason']
    .map((key) => readString(data, key))
    .find((text) => text !== null);
  return `${name}${summary ? ` ${summary}` : ''} — ${type}`;
}

/** The service: a `service` extension attribute, `data.service`, a `service` label, or CDEvents' subject. */
function readService(event: JsonObject, data: JsonObject | null): string | null {
  const named =
    readString(event, 'service') ??
    readString(data, 'service') ??
    readLabels(data, 'labels').service ??
    cdeventsSubject(data);
  return toServiceName(named);
}

/** CDEvents put what changed in `data.subject.id` (`service/checkout-api` or `checkout-api`). */
function cdeventsSubject(data: JsonObject | null): string | null {
  const id = readString(readObject(data, 'subject'), 'id');
  return id ? lastSegment(id) : null;
}

function lastSegment(text: string): string {
  const parts = text.split('/').filter((part) => part !== '');
  return parts[parts.length - 1] ?? text;
}

function describeEvent(event: JsonObject): Array<string | null> {
  const extensions = Object.keys(event)
    .filter((name) => !CONTEXT_ATTRIBUTES.has(name))
    .sort()
    .map((name) => `${name}=${describeValue(event[name])}`);
  return [
    `Source: ${readString(event, 'source')}`,
    `Id: ${readString(event, 'id')}`,
    readString(event, 'subject') ? `Subject: ${readString(event, 'subject')}` : null,
    extensions.length > 0 ? `Extensions: ${extensions.join(', ')}` : null,
    describeData(event),
  ];
}

function describeData(event: JsonObject): string | null {
  if (typeof event.data_base64 === 'string') return 'Data: (binary, base64)';
  if (event.data === undefined) return null;
  const text = typeof event.data === 'string' ? event.data : JSON.stringify(event.data, null, 2);
  const shown = text.length > DATA_SHOWN_MAX ? `${text.slice(0, DATA_SHOWN_MAX)}…` : text;
  return `Data:\n${shown}`;
}
