import {
  postmortemSectionTitles,
  type CommentAnchor,
  type PostmortemComment,
} from '@aftermath/domain';

function describeAnchor(anchor: CommentAnchor): string {
  switch (anchor.kind) {
    case 'section':
      return postmortemSectionTitles[anchor.section];
    case 'timeline':
      return `timeline entry ${anchor.entryId}`;
    case 'action':
      return `action ${anchor.actionId}`;
  }
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

/**
 * Threads in the order started: the anchor, then each comment with author and id; a resolved
 * thread shows one line with its size.
 */
export function formatComments(comments: readonly PostmortemComment[]): string {
  const roots = comments.filter((comment) => comment.parentId === null);
  if (roots.length === 0) return 'No comments yet.';
  const threadOf = (root: PostmortemComment): PostmortemComment[] => {
    const ids = new Set([root.id]);
    const thread = [root];
    for (const comment of comments) {
      if (comment.parentId !== null && ids.has(comment.parentId)) {
        ids.add(comment.id);
        thread.push(comment);
      }
    }
    return thread;
  };
  return roots
    .map((root) => {
      const thread = threadOf(root);
      const head = `[${describeAnchor(root.anchor)}] thread ${root.id}`;
      if (root.resolved) {
        return `${head} (resolved by ${root.resolvedBy ?? 'someone'}, ${thread.length} comment${thread.length === 1 ? '' : 's'})`;
      }
      const lines = thread.map(
        (comment) => `  ${comment.author} (${comment.id}):\n${indent(comment.body, '    ')}`,
      );
      return [head, ...lines].join('\n');
    })
    .join('\n\n');
}
