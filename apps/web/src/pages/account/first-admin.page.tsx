import { minPasswordLength, type Account } from '@aftermath/domain';
import { api } from '../../api/client';
import { usePageTitle } from '../../shell/use-page-title';
import { CredentialsForm } from './credentials-form';

/** First run: nobody can sign in yet, so the first person creates the admin account. */
export function FirstAdminPage({ onCreated }: { onCreated: (user: Account) => void }) {
  usePageTitle('Create the first admin');
  return (
    <section className="account-card" aria-labelledby="first-admin-title">
      <h1 id="first-admin-title">Create the first admin</h1>
      <p>
        This Aftermath has no accounts yet. The account you create here administers it: it adds
        people and issues API tokens.
      </p>
      <CredentialsForm
        send={async (body) => (await api.call('setupFirstAdmin', { body })).data}
        onDone={onCreated}
        submitLabel="Create admin and sign in"
        busyLabel="Creating…"
        rules={{
          username: 'Lower-case letters, digits, “.”, “_” and “-”.',
          password: `At least ${minPasswordLength} characters.`,
        }}
      />
    </section>
  );
}
