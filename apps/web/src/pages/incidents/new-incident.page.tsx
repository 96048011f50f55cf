import { incidentType, type IncidentType, type Severity } from '@aftermath/domain';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { formFailureOf, type FieldErrors } from '../../api/field-errors';
import { fromLocalInput } from '../../lib/datetime';
import { parseServiceNames } from '../../lib/services-input';
import { Link, navigate } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { Field } from '../../ui/field';
import { SeverityPicker } from '../../ui/severity-picker';
import { Notice } from '../../ui/states';

interface Draft {
  title: string;
  severity: Severity;
  type: IncidentType;
  services: string;
  commander: string;
  impactStartedAt: string;
}

const blank: Draft = {
  title: '',
  severity: 'SEV2',
  type: 'outage',
  services: '',
  commander: '',
  impactStartedAt: '',
};

function toCreateBody(draft: Draft) {
  const impactStartedAt = fromLocalInput(draft.impactStartedAt);
  return {
    title: draft.title,
    severity: draft.severity,
    type: draft.type,
    services: parseServiceNames(draft.services),
    commander: draft.commander.trim() === '' ? null : draft.commander.trim(),
    milestones: impactStartedAt ? { impactStartedAt } : {},
  };
}

/** `/incidents/new`: record an incident; only the title and severity are needed. */
export function NewIncidentPage() {
  usePageTitle('New incident');
  const [draft, setDraft] = useState<Draft>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const { data } = await api.call('createIncident', { body: toCreateBody(draft) });
      navigate(paths.incident(data.key));
    } catch (error) {
      const failed = formFailureOf(error, [
        'title',
        'severity',
        'type',
        'services',
        'commander',
        'milestones',
      ]);
      setErrors(failed.errors);
      setFailure(failed.message);
      setBusy(false);
    }
  };

  return (
    <section className="page narrow">
      <p className="breadcrumb">
        <Link to={paths.incidents()}>Incidents</Link> / New
      </p>
      <h1>New incident</h1>
      <form className="card form-grid" onSubmit={(event) => void submit(event)} noValidate>
        {failure && <Notice tone="error">{failure}</Notice>}
        <Field
          label="Title"
          error={errors.title}
          hint="What people felt, e.g. “Checkout fails for EU customers”"
        >
          {(props) => (
            <input
              {...props}
              type="text"
              value={draft.title}
              required
              maxLength={300}
              autoFocus
              onChange={(event) => update({ title: event.target.value })}
            />
          )}
        </Field>
        <SeverityPicker
          name="severity"
          value={draft.severity}
          error={errors.severity}
          onChange={(severity) => update({ severity })}
        />
        <div className="form-row">
          <Field label="Type" error={errors.type}>
            {(props) => (
              <select
                {...props}
                value={draft.type}
                onChange={(event) => update({ type: event.target.value as IncidentType })}
              >
                {incidentType.options.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Commander" error={errors.commander} hint="Who leads the response">
            {(props) => (
              <input
                {...props}
                type="text"
                value={draft.commander}
                onChange={(event) => update({ commander: event.target.value })}
              />
            )}
          </Field>
        </div>
        <Field
          label="Services"
          error={errors.services}
          hint="Comma-separated, lower-case, e.g. checkout-api, payments"
        >
          {(props) => (
            <input
              {...props}
              type="text"
              value={draft.services}
              onChange={(event) => update({ services: event.target.value })}
            />
          )}
        </Field>
        <Field
          label="Impact started (your local time)"
          error={errors['milestones']}
          hint="Leave empty if not known yet"
        >
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              value={draft.impactStartedAt}
              onChange={(event) => update({ impactStartedAt: event.target.value })}
            />
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create incident'}
          </button>
          <Link to={paths.incidents()} className="button">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
