import type { Importer } from '../importer';
import {
  appendPointer,
  countKeys,
  createJsonImporter,
  hasKeyValue,
  listBodies,
  looksLikeJson,
  readObject,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { readPagerDutyEvent } from './pagerduty-event';

/**
 * PagerDuty Webhooks v3 (`{ "event": { id, event_type, occurred_at, agent, data } }`), every
 * incident event type: triggered, acknowledged, unacknowledged, resolved, reassigned,
 * escalated, delegated, priority_updated, annotated, reopened, responder.added/replied,
 * status_update_published, conference_bridge.updated, workflow.started/completed, …
 * One `page` entry per event, tagged `[FIRING]`, `[ACKNOWLEDGED]`, `[RESOLVED]` or `[INFO]`;
 * dedupe key `pagerduty:<event id>`; service from the incident's service name; the signal's
 * group key is the incident id. v2 (`messages`) bodies are reported, not imported.
 *
 * @example
 * for await (const item of pagerdutyImporter.read(source, options)) store(item);
 */
export const pagerdutyImporter: Importer = createJsonImporter({
  format: 'pagerduty',
  description: 'PagerDuty Webhooks v3',
  detect: detectPagerDuty,
  extractRecords: extractPagerDutyRecords,
});

function detectPagerDuty(head: string, name: string | null): number {
  if (!looksLikeJson(head)) return 0;
  const byName = name?.toLowerCase().includes('pagerduty') ? 0.05 : 0;
  if (/"event_type"\s*:\s*"(?:incident|service|pagey)\./.test(head)) {
    return (countKeys(head, ['occurred_at', 'resource_type', 'agent']) >= 1 ? 0.9 : 0.7) + byName;
  }
  if (
    countKeys(head, ['messages']) > 0 &&
    /"incident\.(?:trigger|resolve|acknowledge)"/.test(head)
  ) {
    return 0.5 + byName;
  }
  return hasKeyValue(head, 'resource_type', 'incident') ? 0.5 + byName : 0;
}

function* extractPagerDutyRecords(value: unknown, context: RecordContext): Generator<RecordResult> {
  for (const { body, pointer } of listBodies(value)) {
    const event = readObject(body, 'event');
    if (event) {
      yield readPagerDutyEvent(event, appendPointer(pointer, 'event'), context);
    } else if (body && 'event_type' in body) {
      yield readPagerDutyEvent(body, pointer, context);
    } else if (body && 'messages' in body) {
      const problem = 'PagerDuty v2 webhooks (messages) are not supported; subscribe with v3';
      yield { pointer, problem, aboutDocument: true };
    } else {
      const problem = 'not a PagerDuty v3 webhook body: expected an object with an "event"';
      yield { pointer, problem, aboutDocument: true };
    }
  }
}
