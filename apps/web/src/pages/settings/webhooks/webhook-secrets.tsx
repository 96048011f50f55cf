import { useState, type FormEvent } from 'react';
import { api, describeError } from '../../../api/client';
import { formatDateTime } from '../../../lib/datetime';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';
import type { SourceStatus } from './webhook-types';
import { TableHead } from '../../../ui/table-head';

/** 32 random bytes as hex: a secret long enough for HMAC-SHA256 and bearer tokens. */
function generateSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function statusText(source: SourceStatus): string {
  if (source.secretSet) return 'Secret set';
  if (source.open) return 'OPEN: accepts anything (local testing only)';
  return 'No secret: refuses every delivery';
}

/** The form that sets or rotates one source's secret; a generated one is shown once. */
function SecretForm({
  source,
  onSaved,
  onCancel,
}: {
  source: SourceStatus;
  onSaved: (status: SourceStatus, shownOnce: string | null) => void;
  onCancel: () => void;
}) {
  const [secret, setSecret] = useState('');
  const [generated, setGenerated] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { data } = await api.call('setWebhookAuth', {
        params: { source: source.source },
        body: { secret },
      });
      onSaved(data, generated ? secret : null);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  const verb = source.secretSet ? 'Rotate' : 'Set';
  return (
    <form
      className="secret-form"
      aria-label={`${verb} the ${source.source} secret`}
      onSubmit={(event) => void submit(event)}
    >
      <Field
        label={`New secret for ${source.source}`}
        hint="16 to 1024 characters. It is never shown again after saving."
        error={error}
      >
        {(props) => (
          <input
            {...props}
            type={generated ? 'text' : 'password'}
            autoComplete="off"
            autoFocus
            value={secret}
            onChange={(event) => {
              setSecret(event.target.value);
              setGenerated(false);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            setSecret(generateSecret());
            setGenerated(true);
            setError(undefined);
          }}
        >
          Generate a secret
        </button>
        <button type="submit" className="primary" disabled={busy || secret === ''}>
          {busy ? 'Saving…' : `${verb} secret`}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Every source, whether it has a secret (never the secret), and a way to set or rotate it. */
export function WebhookSecrets({
  sources,
  onChange,
}: {
  sources: SourceStatus[];
  onChange: (status: SourceStatus) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [shown, setShown] = useState<{ source: string; secret: string } | null>(null);
  return (
    <section aria-labelledby="webhook-secrets-title" className="settings-section">
      <h2 id="webhook-secrets-title">Sources and secrets</h2>
      <p className="muted">
        Senders prove themselves with the source&apos;s secret: a signature for GitHub and
        PagerDuty, <code>Authorization: Bearer</code> for the others. A source without a secret
        refuses every delivery.
      </p>
      {shown && (
        <Notice tone="success">
          <p>
            New {shown.source} secret, shown this once — copy it into the sender now:{' '}
            <code className="shown-secret">{shown.secret}</code>
          </p>
          <button type="button" onClick={() => setShown(null)}>
            I have copied it
          </button>
        </Notice>
      )}
      <table className="table webhook-sources">
        <TableHead columns={['Source', 'Checked by', 'Secret', 'Changed', { hidden: 'Actions' }]} />
        <tbody>
          {sources.map((source) => (
            <tr key={source.source} data-source={source.source}>
              <th scope="row">{source.source}</th>
              <td>{source.scheme === 'hmac-sha256' ? 'HMAC-SHA256 signature' : 'bearer token'}</td>
              <td className={source.secretSet ? 'secret-set' : 'secret-missing'}>
                {statusText(source)}
              </td>
              <td>{source.updatedAt ? formatDateTime(source.updatedAt) : '—'}</td>
              <td>
                {editing === source.source ? (
                  <SecretForm
                    source={source}
                    onCancel={() => setEditing(null)}
                    onSaved={(status, shownOnce) => {
                      onChange(status);
                      setEditing(null);
                      setShown(shownOnce ? { source: source.source, secret: shownOnce } : null);
                    }}
                  />
                ) : (
                  <button type="button" onClick={() => setEditing(source.source)}>
                    {source.secretSet ? 'Rotate' : 'Set'} secret
                    <span className="visually-hidden"> for {source.source}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
