import type { ActionClosureCounts } from '@aftermath/analysis';
import type { EvidenceFormat, Incident, IncidentKey, TimelineEntry } from '@aftermath/domain';

/**
 * One page of the metrics scan: every incident (whatever its visibility: access is decided per
 * incident by `authorize`) in number order after `after`. `today` (`YYYY-MM-DD`, UTC) decides
 * which actions are due.
 */
export interface MetricsPageQuery {
  after: IncidentKey | null;
  limit: number;
  today: string;
}

/** Action closure by priority as the database counts it (the rule is on `ActionClosureCount`). */
export type ActionClosureTally = ActionClosureCounts;

/** What the metrics read about one incident, aggregated in the database. */
export interface IncidentAggregate {
  incident: Incident;
  hasPostmortem: boolean;
  /** Action closure counted by the database with `today`'s date. */
  actions: ActionClosureTally;
  /** The distinct formats of its evidence records. */
  formats: EvidenceFormat[];
  /**
   * Timeline entries of kind `log` or `trace`, and how many of them carry a trace id (a body line
   * `Trace: <32 lower-case hex digits>`, the rule of `readTraceIds`, tested by the database).
   */
  logTraceEntries: number;
  logTraceEntriesWithTraceId: number;
}

/**
 * Set-based reads for the metrics (M1–M10): a page of incidents with everything counted in a
 * handful of statements, instead of several reads per incident.
 */
export interface MetricsRepository {
  /** The next page of incidents (number order) with their aggregates; fewer than `limit` at the end. */
  readIncidentPage(query: MetricsPageQuery): Promise<IncidentAggregate[]>;
  /** Incidents that take part in a recurrence link: they name an original, or one names them. */
  listRecurrenceMembers(): Promise<Incident[]>;
  /** The timeline entries of several incidents, by incident, each in time order (`at`, `id`). */
  listTimelines(keys: readonly IncidentKey[]): Promise<Map<IncidentKey, TimelineEntry[]>>;
}
