import type { TimelineKind } from '@aftermath/domain';
import type { Signal } from '../importer';
import type { StatusTagWord } from '../json-documents';

/** What a CloudEvent's `type` says it is on the timeline. */
export interface EventTypeReading {
  kind: TimelineKind;
  /** The status tag for alerts and rollbacks; null when the type says nothing about the course. */
  tag: StatusTagWord | null;
  /** For alerts: the signal status. */
  status: Signal['status'];
}

const rules: ReadonlyArray<[RegExp, EventTypeReading]> = [
  [/roll(?:ed|ing)?[-_ ]?back|revert/, { kind: 'deploy', tag: 'rollback', status: 'info' }],
  [
    /(?:incident|alert|alarm|page|outage|anomaly|problem)s?\b.*\b(?:resolved|recovered|closed|cleared|ok)\b/,
    { kind: 'alert', tag: 'resolved', status: 'resolved' },
  ],
  [
    /(?:incident|alert|alarm|page|outage)s?\b.*\b(?:acknowledged|acked)\b/,
    { kind: 'alert', tag: 'acknowledged', status: 'info' },
  ],
  [
    /\b(?:incident|alert|alarm|page|outage|anomaly|problem)s?\b/,
    { kind: 'alert', tag: 'firing', status: 'firing' },
  ],
  [/\bservice (?:published|removed)\b/, { kind: 'deploy', tag: null, status: 'info' }],
  [
    /\b(?:deploy(?:ed|ment|ments)?|release[ds]?|rollout|upgraded)\b/,
    { kind: 'deploy', tag: null, status: 'info' },
  ],
  [
    /\b(?:config(?:uration)?|flags?|feature|migrations?|settings?|environment|change)\b/,
    { kind: 'change', tag: null, status: 'info' },
  ],
  [
    /\b(?:pipelinerun|taskrun|build|artifact|branch|repository|testcaserun|testsuiterun)\b/,
    { kind: 'change', tag: null, status: 'info' },
  ],
  [
    /\b(?:kubernetes|k8s|pods?|nodes?|containers?|autoscal\w*|cluster)\b/,
    { kind: 'platform', tag: null, status: 'info' },
  ],
];

/**
 * Reads an event type by its words: CDEvents (`dev.cdevents.service.deployed.0.1.1` → deploy,
 * `dev.cdevents.incident.detected` → firing alert, `…incident.resolved` → resolved alert,
 * `…service.rolledback` → rollback) and common vendor names (`com.example.alert.fired`,
 * `io.argo.rollout.completed`). Anything else is a `note`.
 *
 * @example
 * classifyEventType('dev.cdevents.service.deployed.0.1.1').kind; // 'deploy'
 */
export function classifyEventType(type: string): EventTypeReading {
  const words = type.toLowerCase().replace(/[._:/-]+/g, ' ');
  for (const [pattern, reading] of rules) if (pattern.test(words)) return reading;
  return { kind: 'note', tag: null, status: 'info' };
}
