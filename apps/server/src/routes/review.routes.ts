import {
  addComment,
  diffPostmortemRevisions,
  editComment,
  getReviewState,
  getRevision,
  listComments,
  listPostmortemDeadlines,
  listRevisions,
  requestReviewers,
  resolveComment,
  setPostmortemOwner,
  submitReview,
  withdrawReviewRequest,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';
import { requireVersion } from './require-version';

type ReviewRoute =
  | 'getPostmortemReview'
  | 'setPostmortemOwner'
  | 'requestPostmortemReviewers'
  | 'withdrawPostmortemReviewRequest'
  | 'submitPostmortemReview'
  | 'listPostmortemDeadlines';

/** The review of a postmortem (owner, reviewers, verdicts) and deadlines across incidents. */
export function reviewHandlers(ctx: Context): Pick<Handlers, ReviewRoute> {
  return {
    getPostmortemReview: ({ principal, params }) => getReviewState(ctx, principal, params.key),
    setPostmortemOwner: ({ principal, params, body, ifMatch }) =>
      setPostmortemOwner(ctx, principal, params.key, ifMatch, body),
    requestPostmortemReviewers: ({ principal, params, body }) =>
      requestReviewers(ctx, principal, params.key, body),
    withdrawPostmortemReviewRequest: ({ principal, params }) =>
      withdrawReviewRequest(ctx, principal, params.key, params),
    submitPostmortemReview: ({ principal, params, body }) =>
      submitReview(ctx, principal, params.key, body),
    listPostmortemDeadlines: async ({ principal, query }) => ({
      items: await listPostmortemDeadlines(ctx, principal, {
        nearHours: query.nearHours,
        attentionOnly: query.attention === 'true',
      }),
    }),
  };
}

type CommentRoute =
  | 'listPostmortemComments'
  | 'addPostmortemComment'
  | 'editPostmortemComment'
  | 'resolvePostmortemComment';

/** Review comments on a postmortem. */
export function commentHandlers(ctx: Context): Pick<Handlers, CommentRoute> {
  return {
    listPostmortemComments: async ({ principal, params }) => ({
      items: await listComments(ctx, principal, params.key),
    }),
    addPostmortemComment: ({ principal, params, body }) =>
      addComment(ctx, principal, params.key, body),
    editPostmortemComment: ({ principal, params, body, ifMatch }) =>
      editComment(ctx, principal, params.key, params.id, requireVersion(ifMatch), body),
    resolvePostmortemComment: ({ principal, params, body }) =>
      resolveComment(ctx, principal, params.key, params.id, body),
  };
}

type HistoryRoute = 'listPostmortemVersions' | 'getPostmortemVersion' | 'diffPostmortemVersions';

/** The version history of a postmortem and diffs between versions. */
export function historyHandlers(ctx: Context): Pick<Handlers, HistoryRoute> {
  return {
    listPostmortemVersions: async ({ principal, params }) => ({
      items: await listRevisions(ctx, principal, params.key),
    }),
    getPostmortemVersion: ({ principal, params }) =>
      getRevision(ctx, principal, params.key, params.version),
    diffPostmortemVersions: ({ principal, params, query }) =>
      diffPostmortemRevisions(ctx, principal, params.key, query.from, query.to),
  };
}
