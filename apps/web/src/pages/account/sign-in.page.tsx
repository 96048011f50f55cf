import type { Account } from '@aftermath/domain';
import { api } from '../../api/client';
import { usePageTitle } from '../../shell/use-page-title';
import { Notice } from '../../ui/states';
import { CredentialsForm } from './credentials-form';
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
  const providerError = useProviderSignInError();
  return (
    <section className="account-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in to Aftermath</h1>
      <CredentialsForm
        send={async (body) => (await api.call('createSession', { body })).data}
        onDone={onSignedIn}
        submitLabel="Sign in"
        busyLabel="Signing in…"
        initialFailure={providerError}
        notice={
          ended && (
            <Notice tone="info">
              Your session ended. Sign in again to continue where you were.
            </Notice>
          )
        }
      />
      <ProviderSignIn />
    </section>
  );
}
