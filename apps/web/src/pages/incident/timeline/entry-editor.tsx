import type { TimelineEntry } from '@aftermath/domain';
import { useState, type FormEvent } from 'react';
import { api, describeError, etagOf, isVersionConflict } from '../../../api/client';
import { useConflict } from '../../../api/use-conflict';
import { fromLocalInput, toLocalInput } from '../../../lib/datetime';
import { useUnsavedChangesGuard } from '../../../router/unsaved-changes';
import { ConflictNotice } from '../../../ui/conflict-notice';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';

/**
 * Edits or deletes an entry written by a person. Both send the version the page read (If-Match):
 * when someone else changed the entry first, nothing is lost and the latest can be loaded.
 */
export function EntryEditor({
  entry,
  incidentKey,
  onDone,
  onReload,
}: {
  entry: TimelineEntry;
  incidentKey: string;
  onDone: () => unknown;
  onReload: () => unknown;
}) {
  const [title, setTitle] = useState(entry.title);
  const [body, setBody] = useState(entry.body);
  const [at, setAt] = useState(toLocalInput(entry.at));
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const conflict = useConflict();
  useUnsavedChangesGuard(title !== entry.title || body !== entry.body);
  const params = { key: incidentKey, id: entry.id };

  const run = async (write: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await write();
      conflict.clear();
      await onDone();
    } catch (error) {
      if (isVersionConflict(error)) conflict.raise();
      else setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const when = fromLocalInput(at);
    if (when === null) return setFailure('Enter the date and time it happened');
    void run(() =>
      api.call('updateTimelineEntry', {
        params,
        body: { title, body, at: when },
        ifMatch: etagOf(entry.version),
      }),
    );
  };
  const remove = () => {
    if (!window.confirm(`Delete the entry "${entry.title}"?`)) return;
    void run(() => api.call('deleteTimelineEntry', { params, ifMatch: etagOf(entry.version) }));
  };

  return (
    <form className="subform entry-editor" aria-label={`Edit entry ${entry.title}`} onSubmit={save}>
      {conflict.state !== 'none' && (
        <ConflictNotice
          what="this entry"
          loaded={conflict.state === 'loaded'}
          onLoadLatest={async () => {
            await onReload();
            conflict.loaded();
          }}
        />
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="form-row">
        <Field label="Time (local)">
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              step={1}
              value={at}
              onChange={(e) => setAt(e.target.value)}
            />
          )}
        </Field>
        <Field label="What happened" className="grow">
          {(props) => (
            <input
              {...props}
              value={title}
              maxLength={500}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label="Details">
        {(props) => (
          <textarea {...props} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          Save entry
        </button>
        <button type="button" onClick={() => void onDone()} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={remove} disabled={busy}>
          Delete entry
        </button>
      </div>
    </form>
  );
}
