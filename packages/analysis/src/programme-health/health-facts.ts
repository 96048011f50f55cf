/**
 * What programme health reads about one incident's postmortem.
 *
 * @example
 * { createdAt: '2026-11-18T09:00:00.000Z', blamelessFindings: 2, reviewRequests: 2,
 *   reviewRequestsAnswered: 1, reviewRequestedAt: '2026-11-19T09:00:00.000Z', firstApprovalAt: null }
 */
export interface HealthPostmortemFacts {
  createdAt: string;
  /** Blameless-language findings across its sections. */
  blamelessFindings: number;
  /** Reviewers and teams asked, and how many of them gave a verdict. */
  reviewRequests: number;
  reviewRequestsAnswered: number;
  /** The first review request (UTC ISO), null when nobody was asked. */
  reviewRequestedAt: string | null;
  /** The first approving verdict (UTC ISO), null while there is none. */
  firstApprovalAt: string | null;
}

/**
 * What programme health reads about one incident (docs/programme-health.md).
 *
 * @example
 * { key: 'INC-7', at: '2026-11-17T08:00:00.000Z', restricted: false, gapCount: 1,
 *   logTraceEntries: 40, logTraceEntriesWithTraceId: 10, postmortem: null,
 *   activeActions: 3, driftingActions: 1, rootCauseFixedAt: null, recurredAfterFix: false }
 */
export interface HealthIncidentFacts {
  key: string;
  /** Impact start, else creation time (UTC ISO): the week the incident counts in. */
  at: string;
  restricted: boolean;
  /** Telemetry gaps inside impact start → resolution; null when that window is unknown. */
  gapCount: number | null;
  logTraceEntries: number;
  logTraceEntriesWithTraceId: number;
  postmortem: HealthPostmortemFacts | null;
  /** Actions still open or in progress, and how many of them are overdue or stale. */
  activeActions: number;
  driftingActions: number;
  /**
   * When the root cause was marked fixed: the incident has prevent actions and all of them are
   * done or verified; the last one's close time (UTC ISO). Null otherwise.
   */
  rootCauseFixedAt: string | null;
  /** True when an incident marked as its recurrence started after `rootCauseFixedAt`. */
  recurredAfterFix: boolean;
}
