import type { ActionClosureCounts, MetricsFilter } from '@aftermath/analysis';
import type {
  IncidentKey,
  IncidentReadScope,
  IncidentType,
  Severity,
  Visibility,
} from '@aftermath/domain';

/** Action closure by priority as the database counts it (the rule is on `ActionClosureCount`). */
export type ActionClosureTally = ActionClosureCounts;

/**
 * Which incidents a metrics query counts: the filter (instants as UTC ISO text with `Z`, so they
 * compare as text) and what the reader may see.
 */
export interface MetricsScope extends MetricsFilter {
  readScope: IncidentReadScope;
}

/** The durations the summary keeps, in whole milliseconds. */
export type SummaryDuration = 'mttr' | 'mttm' | 'mttd' | 'mtta' | 'postmortemLag';

/** One duration counted: how many, their sum (ms) and how many fall in each bucket. */
export interface DurationCounts {
  n: number;
  sumMs: number;
  /** Counts per bucket of `bucketEdgesMs` (the last is open-ended). */
  buckets: number[];
}

/**
 * A summary query: the scope, `today` (`YYYY-MM-DD`, UTC) deciding which actions are due,
 * `judgedBefore` (UTC ISO): incidents that started at or before it can be judged for recurrence,
 * and the histogram's lower edges in milliseconds.
 */
export interface SummaryQuery extends MetricsScope {
  today: string;
  judgedBefore: string;
  bucketEdgesMs: readonly number[];
}

/** Everything M1–M10 count, over the incidents in scope, from the summary table. */
export interface SummaryTotals {
  incidents: number;
  durations: Record<SummaryDuration, DurationCounts>;
  withoutService: number;
  /** Incidents per UTC day of impact start (`YYYY-MM-DD`), and the first and last start. */
  days: [string, number][];
  firstStart: string | null;
  lastStart: string | null;
  /** Incidents per service (each incident once per service it names). */
  perService: [string, number][];
  /** Incidents whose impact start is at or before `judgedBefore`. */
  judged: number;
  /**
   * Of those, the ones that recurred (their family counted over every incident); null when a
   * recurrence family holds an incident the reader may not see: the caller works the reader's
   * families out.
   */
  recurred: number | null;
  /** Checklist items passed and checked over postmortems with items; incidents with items. */
  checklist: { passed: number; total: number; incidents: number };
  /** Incidents with an impact window, and of those the covered ones. */
  coverage: { n: number; covered: number };
  traceIds: { entries: number; withTraceId: number };
  actions: ActionClosureTally;
}

/** A summary row whose application facts must be worked out again. */
export interface StaleSummary {
  key: IncidentKey;
  /** The change counter seen; a save with an older one is ignored. */
  stale: number;
  /** Impact window known and two or more evidence formats: coverage needs the gap rule. */
  needsCoverage: boolean;
  hasPostmortem: boolean;
}

/** The application's facts of one summary row (fields left out keep their value). */
export interface SummaryFacts {
  covered?: boolean;
  checklist?: { passed: number; total: number } | null;
}

/**
 * What recurrence (M4) reads of an incident in a recurrence link: the link, the start (impact
 * start, else creation), and what the filter and the reader's rights look at.
 */
export interface RecurrenceMember {
  key: IncidentKey;
  recurrenceOf: IncidentKey | null;
  createdAt: string;
  milestones: { impactStartedAt: string | null };
  visibility: Visibility;
  severity: Severity;
  type: IncidentType;
  /** Empty unless asked for (`listRecurrenceMembers`). */
  services: string[];
}

/**
 * The metrics (M1–M10) over the per-incident summary the storage keeps with every write: totals
 * counted by set-based statements, values at percentile ranks, and the rows whose application
 * facts (coverage gaps, checklist) are due again.
 */
export interface MetricsRepository {
  readSummaryTotals(query: SummaryQuery): Promise<SummaryTotals>;
  /**
   * The durations (ms) at `ranks` (0-based, ascending order) among those in scope. `counted`:
   * the bucket counts in scope (by `edgesMs`), so each value is looked for inside its bucket, from
   * the bucket's nearer end.
   */
  readDurationsAtRanks(
    scope: MetricsScope,
    duration: SummaryDuration,
    ranks: readonly number[],
    counted: { edgesMs: readonly number[]; buckets: readonly number[] },
  ): Promise<Map<number, number>>;
  /** Rows due for the application's facts, by incident key after `after`. */
  listStaleSummaries(after: IncidentKey | null, limit: number): Promise<StaleSummary[]>;
  /** Stores the facts when the row has not changed since `stale` was read; false otherwise. */
  saveSummaryFacts(key: IncidentKey, stale: number, facts: SummaryFacts): Promise<boolean>;
  /**
   * Incidents that take part in a recurrence link: they name an original, or one names them.
   * `services`: whose services to read (every member's, the restricted members', or none: the
   * others come with an empty list).
   */
  listRecurrenceMembers(services: 'all' | 'restricted' | 'none'): Promise<RecurrenceMember[]>;
}
