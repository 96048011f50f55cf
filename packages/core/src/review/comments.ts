import { parseMentions } from '@aftermath/analysis';
import {
  addCommentInput,
  DomainError,
  editCommentInput,
  notFound,
  parseOrThrow,
  resolveCommentInput,
  type AddComment,
  type CommentAnchor,
  type EditComment,
  type IncidentKey,
  type PostmortemComment,
  type Principal,
  type ResolveComment,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { getIncident, staleVersion } from '../incidents';
import type { Repositories } from '../ports';
import { actingUsername } from './acting-user';
import { readPostmortemForWrite } from './postmortem-access';
import { notifyReviewEvent } from './review-notifications';

/** Every comment on the incident's postmortem, in the order written (threads via `parentId`). */
export async function listComments(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<PostmortemComment[]> {
  await getIncident(ctx, principal, key);
  return ctx.store.comments.listByIncident(key);
}

/** Refuses an anchor at a timeline entry or action of another incident (or none). */
async function assertAnchorExists(
  repos: Pick<Repositories, 'timeline' | 'actions'>,
  key: IncidentKey,
  anchor: CommentAnchor,
): Promise<void> {
  if (anchor.kind === 'section') return;
  const found =
    anchor.kind === 'timeline'
      ? await repos.timeline.get(anchor.entryId)
      : await repos.actions.get(anchor.actionId);
  if (found !== null && found.incidentKey === key) return;
  const [path, what, id] =
    anchor.kind === 'timeline'
      ? ['anchor.entryId', 'timeline entry', anchor.entryId]
      : ['anchor.actionId', 'action', anchor.actionId];
  throw new DomainError('validation', `No ${what} ${id} in ${key}`, [
    { path, message: `no ${what} ${id} in ${key}` },
  ]);
}

async function readComment(
  repos: Pick<Repositories, 'comments'>,
  key: IncidentKey,
  id: string,
): Promise<PostmortemComment> {
  const comment = await repos.comments.get(id);
  if (comment === null || comment.incidentKey !== key) throw notFound(`comment ${id} on`, key);
  return comment;
}

/**
 * Adds a comment: a new thread anchored to a section, timeline entry or action, or a reply
 * (`parentId`) that joins its parent's thread and anchor. `@name` mentions are stored and notified.
 */
export async function addComment(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  input: AddComment,
): Promise<PostmortemComment> {
  const parsed = parseOrThrow(addCommentInput, input, 'body');
  const author = actingUsername(principal, parsed.author, 'author');
  return ctx.store.transaction(async (tx) => {
    await readPostmortemForWrite(ctx, principal, key, tx, 'postmortem.write');
    let anchor = parsed.anchor;
    if (parsed.parentId !== undefined) {
      const parent = await tx.comments.get(parsed.parentId);
      if (parent === null || parent.incidentKey !== key) {
        throw new DomainError('validation', `No comment ${parsed.parentId} to reply to in ${key}`, [
          { path: 'parentId', message: 'no such comment on this postmortem' },
        ]);
      }
      anchor = parent.anchor;
    }
    if (anchor === undefined) throw new Error('addCommentInput guarantees an anchor or a parent');
    await assertAnchorExists(tx, key, anchor);
    const now = ctx.clock().toISOString();
    const comment: PostmortemComment = {
      id: ctx.newId(),
      incidentKey: key,
      parentId: parsed.parentId ?? null,
      anchor,
      author,
      body: parsed.body,
      mentions: parseMentions(parsed.body),
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await tx.comments.insert(comment);
    const mentioned = comment.mentions.filter((name) => name !== author);
    if (mentioned.length > 0) {
      await notifyReviewEvent(ctx, {
        kind: 'comment_mention',
        incidentKey: key,
        commentId: comment.id,
        mentioned,
        by: author,
        body: comment.body,
      });
    }
    return comment;
  });
}

/** Changes a comment's text (its author only, If-Match with its version); mentions are re-read. */
export async function editComment(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  id: string,
  expectedVersion: number,
  input: EditComment,
): Promise<PostmortemComment> {
  const parsed = parseOrThrow(editCommentInput, input, 'body');
  const author = actingUsername(principal, parsed.author, 'author');
  return ctx.store.transaction(async (tx) => {
    const incident = await getIncident(ctx, principal, key, tx);
    authorize(principal, 'postmortem.write', incident);
    const current = await readComment(tx, key, id);
    if (current.version !== expectedVersion) throw staleVersion('comment', id, current.version);
    if (current.author !== author) {
      throw new DomainError('forbidden', `Only ${current.author} can edit this comment`, [
        { path: 'author', message: `the comment was written by ${current.author}` },
      ]);
    }
    const before = new Set(current.mentions);
    const next: PostmortemComment = {
      ...current,
      body: parsed.body,
      mentions: parseMentions(parsed.body),
      updatedAt: ctx.clock().toISOString(),
      version: current.version + 1,
    };
    await tx.comments.update(next, expectedVersion);
    const mentioned = next.mentions.filter((name) => !before.has(name) && name !== author);
    if (mentioned.length > 0) {
      await notifyReviewEvent(ctx, {
        kind: 'comment_mention',
        incidentKey: key,
        commentId: id,
        mentioned,
        by: author,
        body: next.body,
      });
    }
    return next;
  });
}

/**
 * Resolves or reopens a thread (anyone may). Only a thread's first comment carries the state; a
 * reply is refused with the id of the comment to use.
 */
export async function resolveComment(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  id: string,
  input: ResolveComment,
): Promise<PostmortemComment> {
  const parsed = parseOrThrow(resolveCommentInput, input, 'body');
  return ctx.store.transaction(async (tx) => {
    const incident = await getIncident(ctx, principal, key, tx);
    authorize(principal, 'postmortem.write', incident);
    const current = await readComment(tx, key, id);
    if (current.parentId !== null) {
      throw new DomainError('validation', `Comment ${id} is a reply; resolve its thread instead`, [
        { path: 'id', message: `resolve the thread's first comment, ${current.parentId}` },
      ]);
    }
    if (current.resolved === parsed.resolved) return current;
    const now = ctx.clock().toISOString();
    const by = parsed.resolved ? (principal.username ?? parsed.by ?? null) : null;
    const next: PostmortemComment = {
      ...current,
      resolved: parsed.resolved,
      resolvedBy: by,
      resolvedAt: parsed.resolved ? now : null,
      updatedAt: now,
      version: current.version + 1,
    };
    await tx.comments.update(next, current.version);
    return next;
  });
}
