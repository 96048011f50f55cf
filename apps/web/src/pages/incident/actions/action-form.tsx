import {
  actionPriority,
  actionType,
  type ActionItem,
  type ActionPriority,
  type ActionType,
} from '@aftermath/domain';
import { useState, type FormEvent } from 'react';
import { api } from '../../../api/client';
import { formFailureOf, type FieldErrors } from '../../../api/field-errors';
import { useUnsavedChangesGuard } from '../../../router/unsaved-changes';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';

interface Draft {
  title: string;
  type: ActionType;
  priority: ActionPriority;
  owner: string;
  dueDate: string;
  verificationCriteria: string;
}

const blank: Draft = {
  title: '',
  type: 'prevent',
  priority: 'P2',
  owner: '',
  dueDate: '',
  verificationCriteria: '',
};

const typeHints: Record<ActionType, string> = {
  mitigate: 'reduce the impact if it happens again',
  prevent: 'stop it from happening again',
  detect: 'notice it sooner',
  process: 'change how we work',
};

/** Adds an action item: what, why (type), how urgent, who, by when, and how we will know. */
export function ActionForm({
  incidentKey,
  onAdded,
}: {
  incidentKey: string;
  onAdded: (item: ActionItem) => void;
}) {
  const [draft, setDraft] = useState<Draft>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedChangesGuard(draft.title !== '' || draft.verificationCriteria !== '');
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const body = {
        ...draft,
        owner: draft.owner.trim() === '' ? null : draft.owner.trim(),
        dueDate: draft.dueDate === '' ? null : draft.dueDate,
      };
      const { data } = await api.call('createAction', { params: { key: incidentKey }, body });
      onAdded(data);
      setDraft(blank);
      setErrors({});
    } catch (error) {
      const failed = formFailureOf(error, [
        'title',
        'type',
        'priority',
        'owner',
        'dueDate',
        'verificationCriteria',
      ]);
      setErrors(failed.errors);
      setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="subform"
      aria-label="Add an action item"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>Add an action item</h3>
      {failure && <Notice tone="error">{failure}</Notice>}
      <Field label="Action" error={errors.title}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.title}
            maxLength={300}
            placeholder="e.g. Alert on checkout error rate above 2% for 5 minutes"
            onChange={(event) => update({ title: event.target.value })}
          />
        )}
      </Field>
      <div className="form-row">
        <Field label="Type" error={errors.type} hint={typeHints[draft.type]}>
          {(props) => (
            <select
              {...props}
              value={draft.type}
              onChange={(e) => update({ type: e.target.value as ActionType })}
            >
              {actionType.options.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Priority" error={errors.priority}>
          {(props) => (
            <select
              {...props}
              value={draft.priority}
              onChange={(e) => update({ priority: e.target.value as ActionPriority })}
            >
              {actionPriority.options.map((priority) => (
                <option key={priority} value={priority}>
                  {priority}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Owner" error={errors.owner}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={draft.owner}
              onChange={(e) => update({ owner: e.target.value })}
            />
          )}
        </Field>
        <Field label="Due date" error={errors.dueDate}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.dueDate}
              onChange={(e) => update({ dueDate: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field
        label="Verification criteria"
        error={errors.verificationCriteria}
        hint="How we will know it worked, e.g. “a replayed load test stays under 1% errors”"
      >
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={draft.verificationCriteria}
            onChange={(e) => update({ verificationCriteria: e.target.value })}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add action item'}
        </button>
      </div>
    </form>
  );
}
