import type { Signal } from '../importer';
import type { StatusTagWord } from '../json-documents';

/** How one PagerDuty v3 incident event type reads on the timeline. */
export interface PagerDutyEventType {
  tag: StatusTagWord;
  status: Signal['status'];
  /** What happened, after the incident's name: `acknowledged`, `escalated`, … */
  verb: string;
}

const info = (verb: string): PagerDutyEventType => ({ tag: 'info', status: 'info', verb });

/**
 * Every incident event type of PagerDuty Webhooks v3. Only triggering, reopening,
 * acknowledging and resolving change the incident's course; the rest are tagged `[INFO]` so no
 * word in them is misread as a status.
 */
export const pagerDutyEventTypes: Readonly<Record<string, PagerDutyEventType>> = {
  'incident.triggered': { tag: 'firing', status: 'firing', verb: 'triggered' },
  'incident.reopened': { tag: 'firing', status: 'firing', verb: 'reopened' },
  'incident.acknowledged': { tag: 'acknowledged', status: 'info', verb: 'acknowledged' },
  'incident.resolved': { tag: 'resolved', status: 'resolved', verb: 'resolved' },
  'incident.unacknowledged': info('unacknowledged (acknowledgement timed out)'),
  'incident.reassigned': info('reassigned'),
  'incident.escalated': info('escalated'),
  'incident.delegated': info('delegated'),
  'incident.priority_updated': info('priority changed'),
  'incident.annotated': info('note added'),
  'incident.responder.added': info('responder requested'),
  'incident.responder.replied': info('responder replied'),
  'incident.status_update_published': info('status update published'),
  'incident.conference_bridge.updated': info('conference bridge updated'),
  'incident.custom_field_values.updated': info('custom fields updated'),
  'incident.workflow.started': info('workflow started'),
  'incident.workflow.completed': info('workflow completed'),
  'incident.service_updated': info('moved to another service'),
  'incident.incident_type.changed': info('incident type changed'),
};

/**
 * The reading of an event type; an unknown `incident.*` type (PagerDuty adds some) is `[INFO]`,
 * anything else (`service.updated`, `pagey.ping`) is null: not about an incident.
 *
 * @example
 * readPagerDutyEventType('incident.acknowledged')?.tag; // 'acknowledged'
 */
export function readPagerDutyEventType(type: string): PagerDutyEventType | null {
  const known = Object.hasOwn(pagerDutyEventTypes, type) ? pagerDutyEventTypes[type] : undefined;
  if (known) return known;
  return type.startsWith('incident.')
    ? info(type.slice('incident.'.length).replace(/[._]/g, ' '))
    : null;
}
