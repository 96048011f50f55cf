import { useState } from 'react';
import { api } from '../../../api/client';
import { useFormSubmit } from '../../../api/use-form-submit';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';

const shownFields = ['params.name', 'url', 'secret', 'events'];

/**
 * Adds or replaces a Slack-compatible or signed outgoing webhook target receiving every event.
 * E-mail targets need SMTP settings: `aftermath notify` or the API set them.
 */
export function TargetForm({ onSaved }: { onSaved: (name: string) => unknown }) {
  const [name, setName] = useState('');
  const [type, setType] = useState<'slack' | 'webhook'>('webhook');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const { busy, failure, errors, submit } = useFormSubmit({
    fields: shownFields,
    depth: 2,
    rename: { 'params.name': 'name' },
  });

  const save = () =>
    submit(async () => {
      const body =
        type === 'slack'
          ? { type, events: '*' as const, url: url.trim() }
          : { type, events: '*' as const, url: url.trim(), secret };
      await api.call('setNotificationTarget', { params: { name: name.trim() }, body });
      await onSaved(name.trim());
      setName('');
      setUrl('');
      setSecret('');
    });

  return (
    <form
      className="card form-grid"
      aria-label="Add a notification target"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>Add or replace a target</h3>
      {failure && <Notice tone="error">{failure.message}</Notice>}
      <div className="form-row">
        <Field label="Target name" hint="lower-case, e.g. ops-channel" error={errors.name}>
          {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Kind">
          {(props) => (
            <select
              {...props}
              value={type}
              onChange={(e) => setType(e.target.value as 'slack' | 'webhook')}
            >
              <option value="webhook">Outgoing webhook (signed JSON)</option>
              <option value="slack">Slack-compatible incoming webhook</option>
            </select>
          )}
        </Field>
      </div>
      <Field label="URL" hint="http:// or https://" error={errors.url}>
        {(props) => <input {...props} value={url} onChange={(e) => setUrl(e.target.value)} />}
      </Field>
      {type === 'webhook' && (
        <Field
          label="Signing secret"
          hint="at least 16 characters; the receiver checks the HMAC-SHA256 signature with it"
          error={errors.secret}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
            />
          )}
        </Field>
      )}
      <div>
        <button type="submit" className="primary" disabled={busy}>
          Save target
        </button>
      </div>
    </form>
  );
}
