import {
  addCommentInput,
  editCommentInput,
  postmortemComment,
  resolveCommentInput,
} from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { incidentChildParams, incidentKeyParams } from '../schemas';

/**
 * Review comments on a postmortem: threads anchored to a section, timeline entry or action,
 * replies, edits by the author (If-Match), resolve and reopen, `@mentions`.
 *
 * @example
 * await client.call('addPostmortemComment', { params: { key: 'INC-4' }, body: { body: 'Numbers?', anchor: { kind: 'section', section: 'impact' }, author: 'bo' } });
 */
export const commentRoutes = {
  listPostmortemComments: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem/comments',
    summary: 'Every comment on the postmortem in the order written; replies carry parentId',
    tag: 'postmortems',
    params: incidentKeyParams,
    response: z.object({ items: z.array(postmortemComment) }),
  }),
  addPostmortemComment: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/postmortem/comments',
    summary: 'Start a thread at an anchor, or reply to a comment (parentId); @names are mentions',
    tag: 'postmortems',
    params: incidentKeyParams,
    body: addCommentInput,
    response: postmortemComment,
    status: 201,
    etag: true,
  }),
  editPostmortemComment: defineRoute({
    method: 'PUT',
    path: '/api/v1/incidents/{key}/postmortem/comments/{id}',
    summary: "Change a comment's text (its author only; If-Match with the comment's version)",
    tag: 'postmortems',
    params: incidentChildParams,
    body: editCommentInput,
    response: postmortemComment,
    requiresIfMatch: true,
    etag: true,
  }),
  resolvePostmortemComment: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/postmortem/comments/{id}/resolution',
    summary: 'Resolve ({resolved:true}) or reopen a thread through its first comment',
    tag: 'postmortems',
    params: incidentChildParams,
    body: resolveCommentInput,
    response: postmortemComment,
    etag: true,
  }),
} as const;
