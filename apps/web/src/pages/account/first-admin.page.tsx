import { minPasswordLength, type Account } from '@aftermath/domain';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { formFailureOf, type FieldErrors } from '../../api/field-errors';
import { rememberCsrfToken } from '../../api/session';
import { usePageTitle } from '../../shell/use-page-title';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/states';

/** First run: nobody can sign in yet, so the first person creates the admin account. */
export function FirstAdminPage({ onCreated }: { onCreated: (user: Account) => void }) {
  usePageTitle('Create the first admin');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const { data } = await api.call('setupFirstAdmin', { body: { username, password } });
      rememberCsrfToken(data.csrfToken);
      onCreated(data.user);
    } catch (error) {
      const outcome = formFailureOf(error, ['username', 'password']);
      setErrors(outcome.errors);
      setFailure(outcome.message);
      setBusy(false);
    }
  };

  return (
    <section className="account-card" aria-labelledby="first-admin-title">
      <h1 id="first-admin-title">Create the first admin</h1>
      <p>
        This Aftermath has no accounts yet. The account you create here administers it: it adds
        people and issues API tokens.
      </p>
      {failure !== null && <Notice tone="error">{failure}</Notice>}
      <form onSubmit={(event) => void submit(event)}>
        <Field
          label="Username"
          hint="Lower-case letters, digits, “.”, “_” and “-”."
          error={errors.username}
        >
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
        <Field
          label="Password"
          hint={`At least ${minPasswordLength} characters.`}
          error={errors.password}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create admin and sign in'}
        </button>
      </form>
    </section>
  );
}
