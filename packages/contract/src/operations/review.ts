import {
  incidentKey,
  postmortemStatus,
  requestReviewersInput,
  reviewRequest,
  reviewVerdict,
  reviewerKind,
  setPostmortemOwnerInput,
  severity,
  submitReviewInput,
} from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { incidentKeyParams } from '../schemas';

/** A warning shown with the answer; the change went through. */
export const reviewWarning = z.object({
  code: z.enum(['owner-is-commander', 'no-owner']),
  message: z.string(),
});

/**
 * Where a postmortem's review stands: owner (with warnings), requested reviewers and teams with
 * their answer, every verdict (stale ones given before the latest saved change), approvals n of m,
 * and `missing`: why it cannot move to `approved` yet.
 */
export const reviewState = z.object({
  incidentKey,
  owner: z.string().nullable(),
  commander: z.string().nullable(),
  status: postmortemStatus,
  contentVersion: z.number().int(),
  required: z.number().int(),
  approvals: z.number().int(),
  requests: z.array(
    reviewRequest.extend({
      state: z.enum(['pending', 'approved', 'changes_requested']),
      answeredBy: z.string().nullable(),
    }),
  ),
  verdicts: z.array(reviewVerdict.extend({ stale: z.boolean() })),
  pending: z.array(z.string()),
  changesRequestedBy: z.array(z.string()),
  ready: z.boolean(),
  missing: z.array(z.string()),
  warnings: z.array(reviewWarning),
});

/** A postmortem's next unmet deadline: `overdue`, `near` (within `nearHours`) or `due`. */
export const postmortemDeadline = z.object({
  incidentKey,
  title: z.string(),
  severity,
  postmortemStatus: postmortemStatus.nullable(),
  kind: z.enum(['draft', 'final']),
  due: z.string(),
  state: z.enum(['due', 'near', 'overdue']),
  hoursLeft: z.number(),
});

const deadlinesQuery = z.object({
  nearHours: z.coerce
    .number()
    .min(0)
    .max(24 * 30)
    .default(24),
  attention: z.enum(['true', 'false']).default('false'),
});

/**
 * The review of a postmortem: owner, reviewers, verdicts and approvals by severity, and the
 * deadlines of postmortems across incidents (docs/review.md).
 *
 * @example
 * await client.call('submitPostmortemReview', { params: { key: 'INC-4' }, body: { decision: 'approve', reviewer: 'bo' } });
 */
export const reviewRoutes = {
  getPostmortemReview: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem/review',
    summary:
      'Owner, requested reviewers, verdicts (stale ones marked), approvals n of m by severity, and what is missing before approval',
    tag: 'postmortems',
    params: incidentKeyParams,
    response: reviewState,
  }),
  setPostmortemOwner: defineRoute({
    method: 'PUT',
    path: '/api/v1/incidents/{key}/postmortem/owner',
    summary:
      'Set or clear the postmortem owner (If-Match optional); warns when the owner is also the incident commander',
    tag: 'postmortems',
    params: incidentKeyParams,
    body: setPostmortemOwnerInput,
    response: reviewState,
  }),
  requestPostmortemReviewers: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/postmortem/review/requests',
    summary: 'Ask people (usernames) or teams (any member may answer) to review the postmortem',
    tag: 'postmortems',
    params: incidentKeyParams,
    body: requestReviewersInput,
    response: reviewState,
  }),
  withdrawPostmortemReviewRequest: defineRoute({
    method: 'DELETE',
    path: '/api/v1/incidents/{key}/postmortem/review/requests/{kind}/{name}',
    summary:
      'Take back a review request nobody has answered yet (kind user or team); an answered one stays',
    tag: 'postmortems',
    params: z.object({ key: incidentKey, kind: reviewerKind, name: z.string().min(1).max(100) }),
    response: reviewState,
  }),
  submitPostmortemReview: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/postmortem/review/verdicts',
    summary:
      'A requested reviewer approves or requests changes (with a note) on the latest saved version',
    tag: 'postmortems',
    params: incidentKeyParams,
    body: submitReviewInput,
    response: reviewState,
  }),
  listPostmortemDeadlines: defineRoute({
    method: 'GET',
    path: '/api/v1/postmortems/deadlines',
    summary:
      'Postmortems with an unmet draft or final deadline, most urgent first (attention=true: only near or overdue)',
    tag: 'postmortems',
    query: deadlinesQuery,
    response: z.object({ items: z.array(postmortemDeadline) }),
  }),
} as const;
