import type { CommentAnchor, PostmortemComment, PostmortemSectionName } from '@aftermath/domain';
import { api, etagOf } from '../../../../api/client';
import { useResource } from '../../../../api/use-resource';

/** A thread: its first comment and the replies under it, in the order written. */
export interface CommentThread {
  root: PostmortemComment;
  replies: PostmortemComment[];
}

/** Groups comments into threads (a reply to a reply joins the same thread). */
export function groupThreads(comments: readonly PostmortemComment[]): CommentThread[] {
  const threadOf = new Map<string, CommentThread>();
  const threads: CommentThread[] = [];
  for (const comment of comments) {
    const parent = comment.parentId === null ? undefined : threadOf.get(comment.parentId);
    if (parent) {
      parent.replies.push(comment);
      threadOf.set(comment.id, parent);
    } else {
      const thread = { root: comment, replies: [] };
      threads.push(thread);
      threadOf.set(comment.id, thread);
    }
  }
  return threads;
}

/** Every comment of the postmortem; writes reload the list so threads stay whole. */
export function useComments(key: string) {
  const { resource, reload, retry } = useResource<PostmortemComment[]>(
    key,
    async () => (await api.call('listPostmortemComments', { params: { key } })).data.items,
  );
  /** Starts a thread at `anchor` (a section, a timeline entry or an action), or replies. */
  const addAt = async (anchor: CommentAnchor, body: string, author: string, parentId?: string) => {
    const who = author === '' ? {} : { author };
    const where = parentId === undefined ? { anchor } : { parentId };
    await api.call('addPostmortemComment', { params: { key }, body: { body, ...who, ...where } });
    await reload();
  };
  const add = (section: PostmortemSectionName, body: string, author: string, parentId?: string) =>
    addAt({ kind: 'section', section }, body, author, parentId);
  const setResolved = async (id: string, resolved: boolean, by: string) => {
    const body = { resolved, ...(by === '' ? {} : { by }) };
    await api.call('resolvePostmortemComment', { params: { key, id }, body });
    await reload();
  };
  const edit = async (comment: PostmortemComment, body: string, author: string) => {
    await api.call('editPostmortemComment', {
      params: { key, id: comment.id },
      body: { body, ...(author === '' ? {} : { author }) },
      ifMatch: etagOf(comment.version),
    });
    await reload();
  };
  return { resource, retry, add, addAt, setResolved, edit };
}
