import { z } from 'zod';
import { incidentKey } from './incident';
import { utcTimestamp } from './time';
import { username } from './user';

/** A reviewer's verdict on a postmortem version. */
export const reviewDecision = z.enum(['approve', 'request_changes']);
export type ReviewDecision = z.infer<typeof reviewDecision>;

/** Who was asked to review: one person (`user`) or any member of a team (`team`). */
export const reviewerKind = z.enum(['user', 'team']);
export type ReviewerKind = z.infer<typeof reviewerKind>;

const teamName = z.string().trim().min(1).max(100);

/**
 * A request for review. A team request is answered by the verdict of any member of the team.
 *
 * @example
 * // { incidentKey: 'INC-4', kind: 'team', name: 'payments', requestedBy: 'ana', requestedAt: '…' }
 */
export const reviewRequest = z.object({
  incidentKey,
  kind: reviewerKind,
  name: z.string().min(1).max(100),
  requestedBy: z.string().max(64).nullable(),
  requestedAt: utcTimestamp,
});
export type ReviewRequest = z.infer<typeof reviewRequest>;

/**
 * A reviewer's latest verdict, with the postmortem version it was given on. A later saved change
 * of the document makes it stale: it stays visible, but no longer counts.
 *
 * @example
 * // { reviewer: 'bo', decision: 'approve', note: 'Clear cause', postmortemVersion: 7, … }
 */
export const reviewVerdict = z.object({
  incidentKey,
  reviewer: username,
  decision: reviewDecision,
  note: z.string().max(5000),
  postmortemVersion: z.number().int().min(1),
  decidedAt: utcTimestamp,
});
export type ReviewVerdict = z.infer<typeof reviewVerdict>;

/** Set or clear the postmortem owner: `{"owner":"ana"}`. */
export const setPostmortemOwnerInput = z.object({ owner: username.nullable() }).strict();
export type SetPostmortemOwner = z.output<typeof setPostmortemOwnerInput>;

/**
 * Ask people (`reviewers`, usernames) or teams (`teams`, any member may answer) to review;
 * `requestedBy` names the asker until requests carry an authenticated user.
 *
 * @example
 * requestReviewersInput.parse({ reviewers: ['bo'], teams: ['payments'] });
 */
export const requestReviewersInput = z
  .object({
    reviewers: z.array(username).max(50).default([]),
    teams: z.array(teamName).max(20).default([]),
    requestedBy: username.optional(),
  })
  .strict()
  .refine((input) => input.reviewers.length + input.teams.length > 0, {
    message: 'name at least one reviewer or team',
    path: ['reviewers'],
  });
export type RequestReviewers = z.output<typeof requestReviewersInput>;

/**
 * A verdict: approve, or request changes (a note saying which is then required). `reviewer`
 * names the reviewer until requests carry an authenticated user.
 *
 * @example
 * submitReviewInput.parse({ decision: 'request_changes', note: 'Impact lacks numbers', reviewer: 'bo' });
 */
export const submitReviewInput = z
  .object({
    decision: reviewDecision,
    note: z.string().trim().max(5000).default(''),
    reviewer: username.optional(),
  })
  .strict()
  .refine((input) => input.decision === 'approve' || input.note !== '', {
    message: 'say which changes are needed',
    path: ['note'],
  });
export type SubmitReview = z.output<typeof submitReviewInput>;
