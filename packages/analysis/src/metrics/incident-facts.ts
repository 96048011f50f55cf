import type { ActionClosureCounts } from './action-closure';
import type {
  ActionPriority,
  ActionStatus,
  EvidenceFormat,
  IncidentType,
  Milestones,
  Severity,
} from '@aftermath/domain';

/**
 * What the metrics need to know about one action item. `closedAt` is when it reached done or
 * verified (UTC ISO), null while it is not closed. Aftermath keeps no separate close time yet, so
 * callers pass the action's last update: never earlier than the real close, so "closed on time"
 * is never over-counted.
 */
export interface ActionFacts {
  priority: ActionPriority;
  status: ActionStatus;
  /** `YYYY-MM-DD`, or null when the action has no due date. */
  dueDate: string | null;
  closedAt: string | null;
}

/**
 * Evidence and telemetry of one incident, for telemetry coverage (M10).
 *
 * @example
 * { formats: ['alertmanager', 'jsonlines'], gapCount: 0, logTraceEntries: 120, logTraceEntriesWithTraceId: 80 }
 */
export interface TelemetryFacts {
  /** Formats of the incident's evidence records (repeats allowed). */
  formats: EvidenceFormat[];
  /** Telemetry gaps inside impact start → resolution; null when that window is unknown. */
  gapCount: number | null;
  /** Timeline entries of kind `log` or `trace`, and how many of them carry a trace id. */
  logTraceEntries: number;
  logTraceEntriesWithTraceId: number;
}

/**
 * The quality checklist's verdict on an incident's postmortem (RCA completeness, M5): items
 * passed out of items checked.
 *
 * @example
 * { itemsPassed: 8, itemsTotal: 10 }
 */
export interface ChecklistFacts {
  itemsPassed: number;
  itemsTotal: number;
}

/**
 * Everything the metrics read about one incident: raw milestones and what is stored beside the
 * incident. A field that is `null` means "not known for this incident" and excludes the incident
 * from that metric only; `undefined` sources (see {@link MetricSources}) switch a metric off.
 */
export interface IncidentFacts {
  key: string;
  severity: Severity;
  type: IncidentType;
  services: string[];
  /** Teams owning the incident's services. */
  teams: string[];
  milestones: Milestones;
  /** When the postmortem was published (UTC ISO), null when it never was. */
  postmortemPublishedAt: string | null;
  /** Null when the incident has no postmortem to check. */
  checklist: ChecklistFacts | null;
  /** True when a similar incident followed within the recurrence window; null when unknown. */
  recurred: boolean | null;
  /** The incident's actions, or their closure already counted (a database counts them in bulk). */
  actions: ActionFacts[] | ActionClosureCounts;
  telemetry: TelemetryFacts;
}
