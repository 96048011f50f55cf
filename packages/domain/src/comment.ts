import { z } from 'zod';
import { incidentKey } from './incident';
import { postmortemSectionNames, type PostmortemSectionName } from './postmortem';
import { utcTimestamp } from './time';
import { username } from './user';

const sectionName = z.enum(
  postmortemSectionNames as [PostmortemSectionName, ...PostmortemSectionName[]],
);
const recordId = z.string().trim().min(1).max(100);

/**
 * Where a comment points: a postmortem section, a timeline entry or an action item.
 *
 * @example
 * const anchor: CommentAnchor = { kind: 'section', section: 'impact' };
 */
export const commentAnchor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('section'), section: sectionName }).strict(),
  z.object({ kind: z.literal('timeline'), entryId: recordId }).strict(),
  z.object({ kind: z.literal('action'), actionId: recordId }).strict(),
]);
export type CommentAnchor = z.infer<typeof commentAnchor>;

/**
 * A review comment on a postmortem. Replies (`parentId`) share their thread's anchor; a thread is
 * resolved and reopened as a whole through its first comment. `mentions` are the usernames
 * written as `@name` in the body.
 */
export const postmortemComment = z.object({
  id: z.string(),
  incidentKey,
  parentId: z.string().nullable(),
  anchor: commentAnchor,
  author: username,
  body: z.string().min(1).max(20_000),
  mentions: z.array(username),
  resolved: z.boolean(),
  resolvedBy: z.string().nullable(),
  resolvedAt: utcTimestamp.nullable(),
  createdAt: utcTimestamp,
  updatedAt: utcTimestamp,
  version: z.number().int().min(1),
});
export type PostmortemComment = z.infer<typeof postmortemComment>;

const commentBody = z.string().trim().min(1).max(20_000);

/**
 * A new comment: an anchor for a new thread, or `parentId` for a reply (which takes its thread's
 * anchor). `author` names the writer until requests carry an authenticated user.
 *
 * @example
 * addCommentInput.parse({ body: '@bo is 5 % right?', anchor: { kind: 'section', section: 'impact' } });
 */
export const addCommentInput = z
  .object({
    body: commentBody,
    anchor: commentAnchor.optional(),
    parentId: recordId.optional(),
    author: username.optional(),
  })
  .strict()
  .refine((input) => (input.anchor === undefined) !== (input.parentId === undefined), {
    message: 'give an anchor for a new thread or a parentId for a reply (not both)',
    path: ['anchor'],
  });
export type AddComment = z.output<typeof addCommentInput>;

/** A changed comment body (author only; If-Match with the comment's version). */
export const editCommentInput = z
  .object({ body: commentBody, author: username.optional() })
  .strict();
export type EditComment = z.output<typeof editCommentInput>;

/** Resolve or reopen a thread; `by` names who did it until requests carry a user. */
export const resolveCommentInput = z
  .object({ resolved: z.boolean(), by: username.optional() })
  .strict();
export type ResolveComment = z.output<typeof resolveCommentInput>;
