import type { ActionItem, ActionVerification } from '@aftermath/domain';
import { useCallback, useEffect, useState } from 'react';
import { api, describeError, isNotFound } from '../../../../api/client';
import { CriteriaForm } from './criteria-form';
import './action-verification.css';

const stateLabels: Record<ActionVerification['state'], string> = {
  waiting: 'waiting for done',
  holding: 'checking',
  met: 'verified',
  broken: 'broken, reopened',
};

function Evidence({ verification }: { verification: ActionVerification }) {
  if (verification.evidence.length === 0) return null;
  return (
    <ul className="verification-evidence small">
      {verification.evidence.slice(0, 5).map((item) => (
        <li key={`${item.at}-${item.entryId ?? item.summary}`}>
          <time dateTime={item.at}>{item.at.slice(0, 16).replace('T', ' ')}</time> {item.summary}
          {item.incidentKey !== null && ` (${item.incidentKey})`}
        </li>
      ))}
    </ul>
  );
}

/**
 * An action's verification: criteria state and detail, the evidence that proved or broke it, and
 * forms to set criteria or (for sign-off criteria on a done action) to sign off with a note.
 * `onChanged` reloads the actions, since a sign-off moves the action to verified.
 */
export function ActionVerificationCell({
  item,
  onChanged,
}: {
  item: ActionItem;
  onChanged: () => unknown;
}) {
  const [verification, setVerification] = useState<ActionVerification | null | undefined>();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const { data } = await api.call('getActionVerification', { params: { id: item.id } });
      setVerification(data);
    } catch (caught) {
      if (isNotFound(caught)) setVerification(null);
      else setError(describeError(caught));
    }
  }, [item.id]);
  useEffect(() => {
    void load();
  }, [load, item.version]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setEditing(false);
      await load();
      await onChanged();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  const save = (criteria: Record<string, unknown>) =>
    run(() =>
      api.call('setActionVerification', {
        params: { id: item.id },
        body: { criteria } as never,
      }),
    );
  const signOff = () =>
    run(() => api.call('signOffAction', { params: { id: item.id }, body: { note } }));

  if (verification === undefined && error === null) return <span className="muted">…</span>;
  return (
    <div className="action-verification">
      {verification && (
        <>
          <span className={`badge verification-state verification-${verification.state}`}>
            {stateLabels[verification.state]}
          </span>
          <span className="muted small block">{verification.detail}</span>
          <Evidence verification={verification} />
          {verification.signOff && (
            <span className="small block">
              Signed off by {verification.signOff.by}: {verification.signOff.note}
            </span>
          )}
        </>
      )}
      {verification?.criteria.kind === 'sign_off' && item.status === 'done' && (
        <span className="verification-sign-off">
          <input
            aria-label="Sign-off note"
            placeholder="What you checked"
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <button type="button" className="primary" disabled={busy} onClick={() => void signOff()}>
            Sign off
          </button>
        </span>
      )}
      {editing ? (
        <CriteriaForm
          busy={busy}
          onSubmit={(criteria) => void save(criteria)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {verification ? 'Change criteria' : 'Set criteria'}
        </button>
      )}
      {error !== null && (
        <span className="error small block" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
