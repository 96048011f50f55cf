import { useState, type FormEvent } from 'react';
import { fromLocalInput } from '../../../lib/datetime';
import { Field } from '../../../ui/field';
import type { MaintenanceWindow } from './webhook-types';

/** Adds one maintenance window (times in the browser's zone, stored in UTC). */
export function MaintenanceForm({
  errors,
  busy,
  onAdd,
}: {
  errors: Record<string, string>;
  busy: boolean;
  onAdd: (window: MaintenanceWindow) => Promise<boolean>;
}) {
  const [service, setService] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const window = {
      service,
      from: fromLocalInput(from) ?? from,
      to: fromLocalInput(to) ?? to,
      reason,
    };
    if (await onAdd(window)) {
      setService('');
      setReason('');
    }
  };
  return (
    <form
      className="webhook-form"
      aria-label="Add a maintenance window"
      onSubmit={(e) => void submit(e)}
    >
      <Field label="Service" error={errors.service}>
        {(props) => (
          <input {...props} value={service} onChange={(e) => setService(e.target.value)} />
        )}
      </Field>
      <Field label="From" error={errors.from}>
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        )}
      </Field>
      <Field label="To" error={errors.to}>
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        )}
      </Field>
      <Field label="Reason" error={errors.reason}>
        {(props) => <input {...props} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          Add window
        </button>
      </div>
    </form>
  );
}
