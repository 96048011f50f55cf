import {
  asArray,
  asObject,
  buildEntry,
  describeValue,
  parseInstant,
  readNumber,
  readObject,
  readString,
  taggedTitle,
  toServiceName,
  type JsonObject,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { readPagerDutyEventType } from './pagerduty-event-types';

/**
 * Reads one v3 event (`{ id, event_type, occurred_at, agent, data }`) into a `page` entry. The
 * first word after the tag names the incident (`#1234`, or its id when the event carries only a
 * reference), so its triggered and resolved entries pair up. Dedupe key: `pagerduty:<event id>`.
 */
export function readPagerDutyEvent(
  event: JsonObject,
  pointer: string,
  context: RecordContext,
): RecordResult {
  const id = readString(event, 'id');
  const type = readString(event, 'event_type');
  if (!id || !type) {
    return { pointer, problem: `event.${id ? 'event_type' : 'id'} is required (a string)` };
  }
  const reading = readPagerDutyEventType(type);
  if (!reading) {
    return { pointer, problem: `event ${type} is not about an incident; it is not imported` };
  }
  const instant = parseInstant(event.occurred_at, context.options.defaultZone);
  if (!instant) {
    const found = describeValue(event.occurred_at);
    return { pointer, problem: `event.occurred_at must be an ISO 8601 time, not ${found}` };
  }
  const data = readObject(event, 'data');
  const incident = readIncident(data);
  const agent = readObject(event, 'agent');
  const person =
    readString(agent, 'type') === 'user_reference' ? readString(agent, 'summary') : null;
  const service = toServiceName(readString(readObject(data, 'service'), 'summary'));
  const by = person ? ` by ${person}` : '';
  return {
    dedupeKey: `pagerduty:${id}`,
    entry: buildEntry({
      instant,
      kind: 'page',
      title: taggedTitle(reading.tag, `${incident.ref} ${incident.title} — ${reading.verb}${by}`),
      body: [`PagerDuty ${type}`, ...describeData(data, type), incident.link],
      source: 'pagerduty',
      service,
      author: person,
      evidence: context.evidenceAt(pointer),
    }),
    signal: {
      groupKey: incident.id,
      service,
      severity: readString(readObject(data, 'priority'), 'summary') ?? readString(data, 'urgency'),
      status: reading.status,
      labels: {},
    },
  };
}

interface IncidentRef {
  id: string | null;
  ref: string;
  title: string;
  link: string | null;
}

/** The incident an event is about: the data itself, or the reference other data types carry. */
function readIncident(data: JsonObject | null): IncidentRef {
  const isIncident = readString(data, 'type') === 'incident';
  const source = isIncident ? data : readObject(data, 'incident');
  const id = readString(source, 'id');
  const number = readNumber(source, 'number');
  const title =
    readString(source, isIncident ? 'title' : 'summary') ?? readString(source, 'summary');
  const url = readString(source, 'html_url');
  return {
    id,
    ref: number !== null ? `#${number}` : (id ?? 'incident'),
    title: title ?? '(untitled incident)',
    link: url ? `Link: ${url}` : null,
  };
}

/** Body lines for what the event's data says, whatever its type. */
function describeData(data: JsonObject | null, type: string): Array<string | null> {
  const name = (key: string) => readString(readObject(data, key), 'summary');
  const names = (key: string) =>
    (asArray(data?.[key]) ?? [])
      .map((item) => readString(asObject(item), 'summary'))
      .filter((item): item is string => item !== null);
  const assignees = names('assignees');
  const line = (label: string, value: string | null) => (value ? `${label}: ${value}` : null);
  return [
    line('Note', readString(data, 'content')),
    line('Message', readString(data, 'message')),
    line('Service', name('service')),
    line('Urgency', readString(data, 'urgency')),
    line('Priority', name('priority')),
    line('Assigned to', assignees.length > 0 ? assignees.join(', ') : null),
    line('Escalation policy', name('escalation_policy')),
    line('Responder', name('user')),
    line('Responder state', readString(data, 'state')),
    line('Sent by', name('sender')),
    line('Workflow', name('incident_workflow')),
    line('Conference', type.includes('conference_bridge') ? readConference(data) : null),
    line('Resolve reason', readString(readObject(data, 'resolve_reason'), 'type')),
  ];
}

function readConference(data: JsonObject | null): string | null {
  const bridge = readObject(data, 'conference_bridge') ?? data;
  const parts = [readString(bridge, 'conference_url'), readString(bridge, 'conference_number')];
  const known = parts.filter((part): part is string => part !== null);
  return known.length > 0 ? known.join(' / ') : null;
}
