import type { Handlers } from '../register-routes';
import type { OidcClient } from '../identity/oidc-client';
import { oidcLoginPath } from '../identity/oidc-routes';

/** Which sign-in methods the web app offers. */
export function oidcHandlers(client: OidcClient | null): Pick<Handlers, 'getSignInOptions'> {
  return {
    getSignInOptions: () =>
      Promise.resolve({
        oidc: client === null ? null : { name: client.name, loginUrl: oidcLoginPath },
      }),
  };
}
