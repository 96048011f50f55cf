import {
  postmortemSectionTitles,
  type PostmortemComment,
  type PostmortemSectionName,
} from '@aftermath/domain';
import { CommentForm } from './comment-form';
import { CommentThreadView } from './comment-thread';
import { groupThreads, type useComments } from './use-comments';
import './comments.css';

/** The threads anchored to one section, beside it: open ones first, resolved ones folded. */
export function SectionComments({
  section,
  comments,
  actingUser,
  actions,
}: {
  section: PostmortemSectionName;
  comments: readonly PostmortemComment[];
  actingUser: string;
  actions: Pick<ReturnType<typeof useComments>, 'add' | 'setResolved' | 'edit'>;
}) {
  const title = postmortemSectionTitles[section];
  const threads = groupThreads(
    comments.filter((c) => c.anchor.kind === 'section' && c.anchor.section === section),
  ).sort((a, b) => Number(a.root.resolved) - Number(b.root.resolved));
  const open = threads.filter((thread) => !thread.root.resolved).length;
  return (
    <aside className="section-comments" aria-label={`Comments on ${title}`}>
      <p className="muted small">
        {threads.length === 0
          ? 'No comments'
          : `${open} open of ${threads.length} thread${threads.length === 1 ? '' : 's'}`}
      </p>
      {threads.map((thread) => (
        <CommentThreadView
          key={thread.root.id}
          thread={thread}
          actingUser={actingUser}
          onReply={(body) => actions.add(section, body, actingUser, thread.root.id)}
          onResolve={(resolved) => actions.setResolved(thread.root.id, resolved, actingUser)}
          onEdit={(comment, body) => actions.edit(comment, body, actingUser)}
        />
      ))}
      <CommentForm
        label="New comment"
        submitLabel="Comment"
        onSubmit={(body) => actions.add(section, body, actingUser)}
      />
    </aside>
  );
}
