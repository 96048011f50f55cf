import type { EvidenceFormat } from '@aftermath/domain';

/** The kind of source an evidence format speaks for (DESIGN §4's groups, logs and traces apart). */
export type EvidenceSourceKind =
  'alerting' | 'changes' | 'platform' | 'logs' | 'traces' | 'conversation' | 'status';

/**
 * Evidence formats grouped by the kind of source they come from, for telemetry coverage: an
 * Alertmanager alert and a Grafana alert are one kind (alerting); an alert and a log are two.
 */
export const evidenceSourceKinds: Record<EvidenceFormat, EvidenceSourceKind> = {
  alertmanager: 'alerting',
  grafana: 'alerting',
  pagerduty: 'alerting',
  opsgenie: 'alerting',
  cloudevents: 'alerting',
  github: 'changes',
  deploy: 'changes',
  kubernetes: 'platform',
  jsonlines: 'logs',
  logfmt: 'logs',
  'text-log': 'logs',
  'otlp-logs': 'logs',
  'otlp-traces': 'traces',
  slack: 'conversation',
  chat: 'conversation',
  statuspage: 'status',
};

/**
 * How many distinct source kinds a set of evidence formats covers.
 *
 * @example
 * countSourceKinds(['alertmanager', 'grafana', 'jsonlines']); // 2 (alerting, logs)
 */
export function countSourceKinds(formats: readonly EvidenceFormat[]): number {
  return new Set(formats.map((format) => evidenceSourceKinds[format])).size;
}
