import type {
  IncidentReadScope,
  IncidentStatus,
  TimelineEntry,
  Visibility,
} from '@aftermath/domain';

/** What the storage query of change entries across incidents takes: `from ≤ at < to`, UTC. */
export interface ChangeEntryFilter {
  from: string;
  to: string;
  /** Entries naming the service, or naming none on an incident that lists it. */
  service?: string;
  /** Only entries of incidents with one of these visibilities (what the principal may read). */
  visibility: Visibility[];
  /** Restricted incidents only within this scope (every one when omitted). */
  readScope?: IncidentReadScope;
  limit: number;
}

/** A timeline entry with the title and status of its incident. */
export interface TimelineEntryWithIncident {
  entry: TimelineEntry;
  incidentTitle: string;
  incidentStatus: IncidentStatus;
}

/**
 * What a caller asks the change feed for: UTC instants, `to` exclusive; `to` defaults to now and
 * `from` to seven days before `to`.
 */
export interface ChangeFeedQuery {
  from?: string;
  to?: string;
  service?: string;
  limit: number;
}

/** The query with its window settled. */
export type ChangeWindowQuery = ChangeFeedQuery & { from: string; to: string };
