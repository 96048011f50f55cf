import type { CommentAnchor, PostmortemComment } from '@aftermath/domain';
import { useId, useState } from 'react';
import { api } from '../../../../api/client';
import { useResource } from '../../../../api/use-resource';
import { CommentForm } from './comment-form';
import { CommentThreadView } from './comment-thread';
import { groupThreads, type useComments } from './use-comments';

interface Target {
  value: string;
  label: string;
  anchor: CommentAnchor;
}

/** The timeline entries and actions a comment can point at, with a readable label each. */
function useTargets(key: string) {
  return useResource<Target[]>(`${key}:comment-targets`, async () => {
    const [timeline, actions] = await Promise.all([
      api.call('listTimeline', { params: { key } }),
      api.call('listActions', { params: { key } }),
    ]);
    return [
      ...timeline.data.items.map((entry) => ({
        value: `timeline:${entry.id}`,
        label: `Timeline ${entry.at.slice(0, 16).replace('T', ' ')}: ${entry.title}`,
        anchor: { kind: 'timeline' as const, entryId: entry.id },
      })),
      ...actions.data.items.map((action) => ({
        value: `action:${action.id}`,
        label: `Action: ${action.title}`,
        anchor: { kind: 'action' as const, actionId: action.id },
      })),
    ];
  });
}

function anchorValue(anchor: CommentAnchor): string {
  if (anchor.kind === 'timeline') return `timeline:${anchor.entryId}`;
  if (anchor.kind === 'action') return `action:${anchor.actionId}`;
  return `section:${anchor.section}`;
}

/**
 * Review threads on a timeline entry or an action item (section threads sit beside their
 * section): each thread under the entry or action it points at, and a form to start one;
 * `@name` mentions notify like any comment.
 */
export function AnchoredComments({
  incidentKey,
  comments,
  actingUser,
  actions,
}: {
  incidentKey: string;
  comments: readonly PostmortemComment[];
  actingUser: string;
  actions: Pick<ReturnType<typeof useComments>, 'addAt' | 'setResolved' | 'edit'>;
}) {
  const id = useId();
  const targets = useTargets(incidentKey);
  const [chosen, setChosen] = useState('');
  const list = targets.resource.state === 'ready' ? targets.resource.value : [];
  const threads = groupThreads(comments.filter((c) => c.anchor.kind !== 'section'));
  const labelOf = (anchor: CommentAnchor) =>
    list.find((t) => t.value === anchorValue(anchor))?.label ?? anchorValue(anchor);
  const target = list.find((t) => t.value === chosen);
  return (
    <section className="anchored-comments" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Comments on the timeline and actions</h3>
      {threads.length === 0 && <p className="muted small">No comments on entries or actions</p>}
      {threads.map((thread) => (
        <div key={thread.root.id} className="anchored-thread">
          <p className="small">
            <strong>{labelOf(thread.root.anchor)}</strong>
          </p>
          <CommentThreadView
            thread={thread}
            actingUser={actingUser}
            onReply={(body) => actions.addAt(thread.root.anchor, body, actingUser, thread.root.id)}
            onResolve={(resolved) => actions.setResolved(thread.root.id, resolved, actingUser)}
            onEdit={(comment, body) => actions.edit(comment, body, actingUser)}
          />
        </div>
      ))}
      <label htmlFor={`${id}-target`}>Comment on</label>
      <select id={`${id}-target`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">choose an entry or action</option>
        {list.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      {target !== undefined && (
        <CommentForm
          label={`New comment on ${target.label}`}
          submitLabel="Comment"
          onSubmit={(body) => actions.addAt(target.anchor, body, actingUser)}
        />
      )}
    </section>
  );
}
