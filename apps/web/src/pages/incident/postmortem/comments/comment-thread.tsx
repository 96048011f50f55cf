import type { PostmortemComment } from '@aftermath/domain';
import { useState } from 'react';
import { describeError } from '../../../../api/client';
import { Notice } from '../../../../ui/states';
import { CommentForm } from './comment-form';
import type { CommentThread } from './use-comments';

function CommentItem({
  comment,
  actingUser,
  onEdit,
}: {
  comment: PostmortemComment;
  actingUser: string;
  onEdit: (body: string) => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="comment">
      <p className="comment-meta">
        <strong>{comment.author}</strong>{' '}
        <time className="muted small" dateTime={comment.createdAt}>
          {comment.createdAt.slice(0, 16).replace('T', ' ')}
        </time>
        {comment.version > 1 && <span className="muted small"> · edited</span>}
        {comment.author === actingUser && !editing && (
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
      </p>
      {editing ? (
        <CommentForm
          label="Edit comment"
          initial={comment.body}
          submitLabel="Save"
          onSubmit={async (body) => {
            await onEdit(body);
            setEditing(false);
          }}
        />
      ) : (
        <p className="comment-body">{comment.body}</p>
      )}
    </li>
  );
}

/** One thread: resolved ones fold into a summary line; open ones show replies and a reply box. */
export function CommentThreadView({
  thread,
  actingUser,
  onReply,
  onResolve,
  onEdit,
}: {
  thread: CommentThread;
  actingUser: string;
  onReply: (body: string) => Promise<void>;
  onResolve: (resolved: boolean) => Promise<void>;
  onEdit: (comment: PostmortemComment, body: string) => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const { root, replies } = thread;
  const toggle = (resolved: boolean) => {
    setError(null);
    onResolve(resolved).catch((failure: unknown) => setError(describeError(failure)));
  };
  const comments = [root, ...replies];
  const list = (
    <ul className="comment-list">
      {comments.map((comment) => (
        <CommentItem
          key={comment.id}
          comment={comment}
          actingUser={actingUser}
          onEdit={(body) => onEdit(comment, body)}
        />
      ))}
    </ul>
  );
  if (root.resolved) {
    return (
      <details className="comment-thread is-resolved">
        <summary>
          Resolved by {root.resolvedBy ?? 'someone'} · {comments.length} comment
          {comments.length === 1 ? '' : 's'}
        </summary>
        {list}
        <button type="button" onClick={() => toggle(false)}>
          Reopen
        </button>
        {error && <Notice tone="error">{error}</Notice>}
      </details>
    );
  }
  return (
    <div className="comment-thread" role="group" aria-label={`Comment thread by ${root.author}`}>
      {list}
      <CommentForm label="Reply" submitLabel="Reply" onSubmit={onReply} />
      <button type="button" onClick={() => toggle(true)}>
        Resolve
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
