import type { CustomerImpact, IncidentType, Milestones, Severity } from '@aftermath/domain';

/**
 * An incident as recurrence detection sees it. `at` is when it started (impact start, else
 * creation), `trigger` its coded trigger (null when not coded), `recurrenceOf` the incident it was
 * marked a recurrence of.
 *
 * @example
 * const c: RecurrenceCandidate = { key: 'INC-7', services: ['checkout'], trigger: 'config-push',
 *   recurrenceOf: null, at: '2026-11-02T10:00:00.000Z' };
 */
export interface RecurrenceCandidate {
  key: string;
  services: readonly string[];
  trigger: string | null;
  recurrenceOf: string | null;
  at: string;
}

/** An earlier incident counted as the same problem, and why it matched. */
export interface Recurrence {
  key: string;
  at: string;
  via: 'recurrence-of' | 'service-and-trigger';
}

/** The service's SLO state for this incident: violated or not, and the budget fraction spent. */
export interface PolicySlo {
  name: string;
  violated: boolean;
  budgetSpent: number | null;
}

/** What the decision policy decides on. */
export interface PolicyFacts {
  incident: {
    key: string;
    severity: Severity;
    type: IncidentType;
    tags: readonly string[];
    customerImpact: CustomerImpact;
    milestones: Milestones;
  };
  /** The affected service's SLO, or null/absent when none is known. */
  slo?: PolicySlo | null;
  /** Earlier incidents of the same problem within the policy's window (see `findRecurrences`). */
  recurrences: readonly Recurrence[];
}

/** A parallel track of work on the postmortem; the security track is restricted to its members. */
export interface DecisionTrack {
  id: 'postmortem' | 'security';
  restricted: boolean;
}

/** When the draft and the final postmortem are due (UTC ISO), null until the incident resolves. */
export interface PolicyDeadlines {
  draftDue: string | null;
  finalDue: string | null;
}

/**
 * The policy's answer for one incident: what is required, which tracks run, every reason that
 * decided it (in plain words), the deadlines and the recurrence count.
 *
 * @example
 * // { requirement: 'full', tracks: [{ id: 'postmortem', restricted: false }],
 * //   reasons: ['Severity SEV1 is SEV2 or worse: a full postmortem is required.'], … }
 */
export interface PostmortemDecision {
  requirement: 'full' | 'lightweight' | 'none';
  tracks: DecisionTrack[];
  reasons: string[];
  deadlines: PolicyDeadlines;
  recurrence: { occurrences: number; windowDays: number; keys: string[] };
}
