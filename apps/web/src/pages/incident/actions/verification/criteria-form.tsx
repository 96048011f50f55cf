import type { VerificationCriteria } from '@aftermath/domain';
import { useState, type FormEvent } from 'react';

type Kind = VerificationCriteria['kind'];

const kindLabels: Record<Kind, string> = {
  slo_burn_rate: 'SLO burn rate stays low',
  no_alert_recurrence: 'Alert does not fire again',
  no_log_recurrence: 'Log template does not recur',
  deploy_seen: 'Deploy of a change is seen',
  sign_off: 'A named person signs off',
};

/** The criteria the form's fields describe; the server checks them and names any bad field. */
function toCriteria(kind: Kind, fields: Record<string, string>): Record<string, unknown> {
  const days = Number(fields.days);
  switch (kind) {
    case 'slo_burn_rate':
      return { kind, slo: fields.slo, below: Number(fields.below), days };
    case 'no_alert_recurrence':
      return { kind, fingerprint: fields.fingerprint, days };
    case 'no_log_recurrence':
      return { kind, template: fields.template, days };
    case 'deploy_seen':
      return { kind, change: fields.change };
    case 'sign_off':
      return { kind, person: fields.person };
  }
}

const fieldsOf: Record<Kind, [name: string, label: string][]> = {
  slo_burn_rate: [
    ['slo', 'SLO'],
    ['below', 'Burn rate below'],
    ['days', 'For days'],
  ],
  no_alert_recurrence: [
    ['fingerprint', 'Alert fingerprint'],
    ['days', 'For days'],
  ],
  no_log_recurrence: [
    ['template', 'Log template'],
    ['days', 'For days'],
  ],
  deploy_seen: [['change', 'Change (version, PR, commit)']],
  sign_off: [['person', 'Person (username)']],
};

/** Picks a kind of criteria and its fields; `onSubmit` sends them. */
export function CriteriaForm({
  busy,
  onSubmit,
  onCancel,
}: {
  busy: boolean;
  onSubmit: (criteria: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<Kind>('no_alert_recurrence');
  const [fields, setFields] = useState<Record<string, string>>({ days: '14', below: '1' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(toCriteria(kind, fields));
  };
  return (
    <form className="verification-form" onSubmit={submit} aria-label="Verification criteria">
      <label>
        How we know it worked
        <select value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          {Object.entries(kindLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {fieldsOf[kind].map(([name, label]) => (
        <label key={name}>
          {label}
          <input
            value={fields[name] ?? ''}
            onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
          />
        </label>
      ))}
      <button type="submit" className="primary" disabled={busy}>
        Save criteria
      </button>{' '}
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
