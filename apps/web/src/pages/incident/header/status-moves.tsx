import { incidentLifecycle, type Incident, type IncidentStatus } from '@aftermath/domain';
import { useState } from 'react';
import { describeError, isVersionConflict } from '../../../api/client';
import { incidentMoveLabels } from '../../../lib/labels';
import { Notice } from '../../../ui/states';
import type { SaveIncident } from '../use-incident';

/** Buttons for the status moves the lifecycle allows from here, and nothing else. */
export function StatusMoves({
  incident,
  save,
  onReload,
}: {
  incident: Incident;
  save: SaveIncident;
  onReload: () => unknown;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ conflict: boolean; message: string } | null>(null);
  const moves = incidentLifecycle.transitions[incident.status];

  const move = async (to: IncidentStatus) => {
    setBusy(true);
    setError(null);
    try {
      await save({ status: to });
    } catch (failure) {
      setError({ conflict: isVersionConflict(failure), message: describeError(failure) });
    } finally {
      setBusy(false);
    }
  };

  if (moves.length === 0) {
    return <p className="muted small">Closed incidents are final.</p>;
  }
  return (
    <div className="status-moves">
      <div className="button-row" role="group" aria-label="Change status">
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'open' ? '' : 'secondary'}
            disabled={busy}
            onClick={() => void move(to)}
          >
            {incidentMoveLabels[to]}
          </button>
        ))}
      </div>
      {error?.conflict && (
        <Notice tone="warning">
          <p>
            <strong>Someone else changed this incident</strong>, so the status was not changed. Load
            the latest version, check it, then try again.
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
      {error && !error.conflict && <Notice tone="error">{error.message}</Notice>}
    </div>
  );
}
