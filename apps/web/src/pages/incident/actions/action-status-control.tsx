import { actionLifecycle, type ActionItem, type ActionStatus } from '@aftermath/domain';
import { useId, useState } from 'react';
import { api, describeError, etagOf, isVersionConflict } from '../../../api/client';
import { actionStatusLabels } from '../../../lib/labels';

/**
 * A status select offering only legal moves. "Won't do" asks for the reason first. A refused
 * save (someone else changed the item) says so and offers the latest list.
 */
export function ActionStatusControl({
  item,
  onSaved,
  onReload,
}: {
  item: ActionItem;
  onSaved: (item: ActionItem) => void;
  onReload: () => unknown;
}) {
  const id = useId();
  const [pending, setPending] = useState<ActionStatus | null>(null);
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<{ conflict: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const options = [item.status, ...actionLifecycle.transitions[item.status]];

  const send = async (status: ActionStatus, reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      const body = reason === undefined ? { status } : { status, rationale: reason };
      const { data } = await api.call('updateAction', {
        params: { id: item.id },
        body,
        ifMatch: etagOf(item.version),
      });
      setPending(null);
      setRationale('');
      onSaved(data);
    } catch (failure) {
      setError({ conflict: isVersionConflict(failure), message: describeError(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="action-status">
      <label htmlFor={id} className="visually-hidden">
        Status of “{item.title}”
      </label>
      <select
        id={id}
        value={pending ?? item.status}
        disabled={busy}
        onChange={(event) => {
          const next = event.target.value as ActionStatus;
          if (next === item.status) return setPending(null);
          if (next === 'wont_do') return setPending(next);
          void send(next);
        }}
      >
        {options.map((status) => (
          <option key={status} value={status}>
            {actionStatusLabels[status]}
          </option>
        ))}
      </select>
      {pending === 'wont_do' && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void send('wont_do', rationale);
          }}
        >
          <label htmlFor={`${id}-why`}>Why not?</label>
          <input
            id={`${id}-why`}
            type="text"
            value={rationale}
            required
            onChange={(e) => setRationale(e.target.value)}
          />
          <button type="submit" disabled={busy || rationale.trim() === ''}>
            Confirm
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error.conflict ? 'Someone else changed this item. ' : `${error.message} `}
          {error.conflict && (
            <button type="button" className="link-button" onClick={() => void onReload()}>
              Load the latest
            </button>
          )}
        </p>
      )}
    </div>
  );
}
