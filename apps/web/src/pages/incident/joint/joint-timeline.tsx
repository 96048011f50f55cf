import { useState } from 'react';
import { describeError } from '../../../api/client';
import { Notice } from '../../../ui/states';
import { loadJointTimeline, type JointTimeline } from './use-joint-postmortem';

/** The merged timeline of every incident of the joint postmortem, shown on demand. */
export function JointTimelineView({ incidentKey }: { incidentKey: string }) {
  const [timeline, setTimeline] = useState<JointTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = () => {
    if (timeline !== null) {
      setTimeline(null);
      return;
    }
    setError(null);
    loadJointTimeline(incidentKey).then(setTimeline, (failure: unknown) =>
      setError(describeError(failure)),
    );
  };
  return (
    <div className="joint-timeline">
      <button type="button" className="link-button" onClick={toggle}>
        {timeline === null ? 'Show the merged timeline' : 'Hide the merged timeline'}
      </button>
      {error && <Notice tone="error">{error}</Notice>}
      {timeline !== null && (
        <ol aria-label="Merged timeline">
          {timeline.entries.map((entry) => (
            <li key={`${entry.incidentKey}:${entry.id}`}>
              <span className="badge joint-incident-label">{entry.incidentKey}</span>{' '}
              <time dateTime={entry.at}>{entry.at.replace('T', ' ').slice(0, 19)}</time>{' '}
              {entry.title}
            </li>
          ))}
          {timeline.entries.length === 0 && <li className="muted">No entries yet.</li>}
        </ol>
      )}
    </div>
  );
}
