import { postmortemLifecycle, type Postmortem, type PostmortemStatus } from '@aftermath/domain';
import { useState } from 'react';
import { isVersionConflict } from '../../../api/client';
import { postmortemMoveLabels } from '../../../lib/labels';
import { PostmortemStatusBadge } from '../../../ui/badges';
import { Notice } from '../../../ui/states';
import { TransitionError } from './checklist/transition-error';

/** The review status and only the moves the lifecycle allows from it. */
export function PostmortemTransitions({
  postmortem,
  transition,
  onReload,
}: {
  postmortem: Postmortem;
  transition: (to: PostmortemStatus) => Promise<void>;
  onReload: () => unknown;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ conflict: boolean; failure: unknown } | null>(null);
  const moves = postmortemLifecycle.transitions[postmortem.status];

  const move = async (to: PostmortemStatus) => {
    setBusy(true);
    setError(null);
    try {
      await transition(to);
    } catch (failure) {
      setError({ conflict: isVersionConflict(failure), failure });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="pm-status">
      <p>
        Status: <PostmortemStatusBadge status={postmortem.status} />
        {postmortem.owner && <span className="muted"> · owner {postmortem.owner}</span>}
      </p>
      {moves.length > 0 && (
        <div className="button-row" role="group" aria-label="Change postmortem status">
          {moves.map((to) => (
            <button key={to} type="button" disabled={busy} onClick={() => void move(to)}>
              {postmortemMoveLabels[to]}
            </button>
          ))}
        </div>
      )}
      {error?.conflict && (
        <Notice tone="warning">
          <p>
            <strong>Someone else changed this postmortem</strong>, so its status was not changed.
            Your unsaved text is kept.
          </p>
          <button
            type="button"
            onClick={() => {
              setError(null);
              void onReload();
            }}
          >
            Load the latest version
          </button>
        </Notice>
      )}
      {error && !error.conflict && <TransitionError failure={error.failure} />}
    </div>
  );
}
