import type { Account } from '@aftermath/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { describeError } from '../../api/client';
import { formFailureOf, type FieldErrors } from '../../api/field-errors';
import { rememberCsrfToken } from '../../api/session';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/states';

/** What a call that starts a session answers: the account, and the CSRF token for its writes. */
export interface SessionStart {
  user: Account;
  csrfToken: string;
}

/**
 * Username and password, sent with `send`; on success the session's CSRF token is kept and
 * `onDone` gets the account. A new account's problems show under their fields; anything else,
 * and every failed sign-in, above the form.
 * `newPassword` switches the password field to "new password" (the browser offers to generate
 * one) and shows the rules as hints.
 */
export function CredentialsForm({
  send,
  onDone,
  submitLabel,
  busyLabel,
  rules,
  initialFailure = null,
  notice,
}: {
  send: (credentials: { username: string; password: string }) => Promise<SessionStart>;
  onDone: (user: Account) => void;
  submitLabel: string;
  busyLabel: string;
  /** Hints for a new account's username and password; none when signing in. */
  rules?: { username: string; password: string };
  initialFailure?: string | null;
  /** Shown above the form while there is no failure to show. */
  notice?: ReactNode;
}) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(initialFailure);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const started = await send({ username, password });
      rememberCsrfToken(started.csrfToken);
      onDone(started.user);
    } catch (error) {
      // A failed sign-in names no field on purpose (it must not tell which one was wrong), so
      // only a new account's problems go under the fields.
      const outcome = rules
        ? formFailureOf(error, ['username', 'password'])
        : { errors: {}, message: describeError(error) };
      setErrors(outcome.errors);
      setFailure(outcome.message);
      setBusy(false);
    }
  };

  return (
    <>
      {failure === null ? notice : <Notice tone="error">{failure}</Notice>}
      <form onSubmit={(event) => void submit(event)}>
        <Field label="Username" hint={rules?.username} error={errors.username}>
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
        <Field label="Password" hint={rules?.password} error={errors.password}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete={rules ? 'new-password' : 'current-password'}
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </form>
    </>
  );
}
