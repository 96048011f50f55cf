import { useState, type FormEvent } from 'react';
import type { Account } from '@aftermath/domain';
import { api, describeError } from '../../api/client';
import { rememberCsrfToken } from '../../api/session';
import { usePageTitle } from '../../shell/use-page-title';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/states';
import { ProviderSignIn, useProviderSignInError } from './provider-sign-in';

/**
 * The sign-in form, shown in place of whatever page the URL names; after signing in that page
 * appears, so a deep link survives the detour.
 */
export function SignInPage({
  onSignedIn,
  ended,
}: {
  onSignedIn: (user: Account) => void;
  ended: boolean;
}) {
  usePageTitle('Sign in');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const providerError = useProviderSignInError();
  const [failure, setFailure] = useState<string | null>(providerError);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const { data } = await api.call('createSession', { body: { username, password } });
      rememberCsrfToken(data.csrfToken);
      onSignedIn(data.user);
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <section className="account-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in to Aftermath</h1>
      {ended && failure === null && (
        <Notice tone="info">Your session ended. Sign in again to continue where you were.</Notice>
      )}
      {failure !== null && <Notice tone="error">{failure}</Notice>}
      <form onSubmit={(event) => void submit(event)}>
        <Field label="Username">
          {(props) => (
            <input
              {...props}
              autoComplete="username"
              autoFocus
              required
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          )}
        </Field>
        <Field label="Password">
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <ProviderSignIn />
    </section>
  );
}
