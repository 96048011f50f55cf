import { useState } from 'react';
import { api } from '../../../api/client';
import { formFailureOf, type FormFailure } from '../../../api/field-errors';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';

const shownFields = ['name', 'team', 'tier', 'description'];

/** Adds a service, or replaces the one with the same name (team, tier and description). */
export function ServiceForm({ onSaved }: { onSaved: (name: string) => unknown }) {
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [tier, setTier] = useState('');
  const [description, setDescription] = useState('');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      await api.call('upsertService', {
        params: { name: name.trim() },
        body: {
          team: team.trim() === '' ? null : team.trim(),
          tier: tier === '' ? null : Number(tier),
          description,
        },
      });
      setFailure(null);
      await onSaved(name.trim());
      setName('');
      setTeam('');
      setTier('');
      setDescription('');
    } catch (error) {
      // The name travels in the path: the server reports it as `params.name`.
      const failed = formFailureOf(error, [...shownFields, 'params']);
      const { params, ...errors } = failed.errors;
      setFailure({
        ...failed,
        errors: params === undefined ? errors : { ...errors, name: params },
      });
    } finally {
      setBusy(false);
    }
  };

  const errors = failure?.errors ?? {};
  return (
    <form
      className="card form-grid"
      aria-label="Add or replace a service"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>Add or replace a service</h2>
      {failure && <Notice tone="error">{failure.message}</Notice>}
      <Field label="Name" hint="lower-case, e.g. checkout-api" error={errors.name}>
        {(props) => (
          <input {...props} value={name} required onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field label="Team" error={errors.team}>
        {(props) => <input {...props} value={team} onChange={(e) => setTeam(e.target.value)} />}
      </Field>
      <Field label="Tier" hint="1 is most critical" error={errors.tier}>
        {(props) => (
          <select {...props} value={tier} onChange={(e) => setTier(e.target.value)}>
            <option value="">No tier</option>
            {[1, 2, 3, 4].map((level) => (
              <option key={level} value={String(level)}>
                Tier {level}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Description" error={errors.description}>
        {(props) => (
          <textarea
            {...props}
            value={description}
            rows={2}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <div>
        <button type="submit" className="primary" disabled={busy}>
          Save service
        </button>
      </div>
    </form>
  );
}
