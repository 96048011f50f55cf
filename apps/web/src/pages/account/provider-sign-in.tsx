import { useEffect, useState } from 'react';
import { api } from '../../api/client';

/** The page to come back to after the provider: this one, without a previous failure's note. */
function currentPath(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('signInError');
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Why the last sign-in through the provider failed (the server puts it in `?signInError=`), read
 * once and then dropped from the address bar so a reload does not show it again.
 */
export function useProviderSignInError(): string | null {
  const [message] = useState(() => new URL(window.location.href).searchParams.get('signInError'));
  useEffect(() => {
    if (message !== null) window.history.replaceState(window.history.state, '', currentPath());
  }, [message]);
  return message;
}

/** "Sign in with <provider>" when the server has an OpenID Connect provider; nothing otherwise. */
export function ProviderSignIn() {
  const [provider, setProvider] = useState<{ name: string; loginUrl: string } | null>(null);
  useEffect(() => {
    let live = true;
    api
      .call('getSignInOptions', {})
      .then(({ data }) => {
        if (live) setProvider(data.oidc);
      })
      // Without the options the password form still works; nothing to show.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (provider === null) return null;
  const href = `${provider.loginUrl}?returnTo=${encodeURIComponent(currentPath())}`;
  return (
    <p className="account-alternative">
      <a className="button" href={href}>
        Sign in with {provider.name}
      </a>
    </p>
  );
}
