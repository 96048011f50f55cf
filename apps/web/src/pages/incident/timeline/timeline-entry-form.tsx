import { timelineKind, type TimelineEntry, type TimelineKind } from '@aftermath/domain';
import { useState, type FormEvent } from 'react';
import { api } from '../../../api/client';
import { formFailureOf, type FieldErrors } from '../../../api/field-errors';
import { fromLocalInput, nowLocalInput } from '../../../lib/datetime';
import { useUnsavedChangesGuard } from '../../../router/unsaved-changes';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';

interface Draft {
  at: string;
  kind: TimelineKind;
  title: string;
  body: string;
}

const freshDraft = (): Draft => ({ at: nowLocalInput(), kind: 'note', title: '', body: '' });

/** Adds one entry by hand; the time defaults to now and is read in local time. */
export function TimelineEntryForm({
  incidentKey,
  onAdded,
}: {
  incidentKey: string;
  onAdded: (entry: TimelineEntry) => void;
}) {
  const [draft, setDraft] = useState<Draft>(freshDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedChangesGuard(draft.title !== '' || draft.body !== '');
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const at = fromLocalInput(draft.at);
    if (at === null) {
      setErrors({ at: 'Enter the date and time it happened' });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const body = { at, kind: draft.kind, title: draft.title, body: draft.body };
      const { data } = await api.call('addTimelineEntry', { params: { key: incidentKey }, body });
      onAdded(data);
      setDraft({ ...freshDraft(), kind: draft.kind });
      setErrors({});
    } catch (error) {
      const failed = formFailureOf(error, ['at', 'kind', 'title', 'body']);
      setErrors(failed.errors);
      setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="subform"
      aria-label="Add a timeline entry"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>Add an entry</h3>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="form-row">
        <Field label="Time (local)" error={errors.at}>
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              step={1}
              value={draft.at}
              onChange={(event) => update({ at: event.target.value })}
            />
          )}
        </Field>
        <Field label="Kind" error={errors.kind}>
          {(props) => (
            <select
              {...props}
              value={draft.kind}
              onChange={(event) => update({ kind: event.target.value as TimelineKind })}
            >
              {timelineKind.options.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="What happened" error={errors.title} className="grow">
          {(props) => (
            <input
              {...props}
              type="text"
              value={draft.title}
              maxLength={500}
              placeholder="e.g. Rolled back checkout-api to v142"
              onChange={(event) => update({ title: event.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label="Details (optional)" error={errors.body}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={draft.body}
            onChange={(event) => update({ body: event.target.value })}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add entry'}
        </button>
      </div>
    </form>
  );
}
