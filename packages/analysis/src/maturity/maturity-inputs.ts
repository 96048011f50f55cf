/**
 * Counts of what a workspace actually uses, read from its records. Each `…With…` count is out of
 * the total beside it (e.g. `postmortemsWithOwner` of `postmortems`).
 *
 * @example { postmortems: 4, postmortemsWithOwner: 3, actions: 10, actionsWithOwnerAndDue: 8, … }
 */
export interface MaturityInputs {
  postmortems: number;
  /** Postmortems started from a template that name an owner. */
  postmortemsWithOwner: number;
  actions: number;
  actionsWithOwnerAndDue: number;
  slos: number;
  /** SLOs whose service is a registered service. */
  slosLinkedToService: number;
  webhookDeliveries: number;
  evidenceRecords: number;
  verifiedActions: number;
  /** Incidents marked as a recurrence of an earlier one (`recurrenceOf`). */
  recurrenceLinks: number;
}

/** The three rungs, lowest first. */
export const maturityLevels = ['beginner', 'intermediate', 'advanced'] as const;
export type MaturityLevel = (typeof maturityLevels)[number];

/**
 * Every count at zero: a workspace using nothing yet, and the start of a tally.
 *
 * @example assessMaturity(noMaturityInputs).level // null
 */
export const noMaturityInputs: Readonly<MaturityInputs> = {
  postmortems: 0,
  postmortemsWithOwner: 0,
  actions: 0,
  actionsWithOwnerAndDue: 0,
  slos: 0,
  slosLinkedToService: 0,
  webhookDeliveries: 0,
  evidenceRecords: 0,
  verifiedActions: 0,
  recurrenceLinks: 0,
};
