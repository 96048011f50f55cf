import { afterAll, beforeAll } from 'vitest';
import { freePort } from '../../../apps/server/test/oidc-sign-in';
import {
  startOidcProvider,
  type ProviderPerson,
  type TestOidcProvider,
} from '../../integration/support/oidc-provider';

/** What the suite's provider knows and how Aftermath is told about it. */
export interface OidcProviderOptions {
  /** `AFTERMATH_OIDC_NAME`: the button reads "Sign in with <name>". */
  name: string;
  /** The people the provider's login form accepts, by `sub`. */
  people?: ProviderPerson[];
  /** `AFTERMATH_OIDC_TEAM_CLAIM`: the ID-token claim read for team roles (e.g. `groups`). */
  teamClaim?: string;
  /** `AFTERMATH_OIDC_TEAMS`: `value=team:role,…`, e.g. `sre-oncall=sre:responder`. */
  teams?: string;
  /** Configure Aftermath with this secret instead of the provider's (a misconfiguration). */
  clientSecret?: string;
  /** `true`: nothing listens at the issuer (the provider is down from the start). */
  down?: boolean;
}

/** The suite's provider, read in tests and in hooks registered after it. */
export interface OidcProviderFixture {
  /** The running provider; `null` when started with `down: true`. */
  readonly provider: TestOidcProvider | null;
  /** The port Aftermath must listen on: the provider redirects only to the callback there. */
  readonly port: number;
  /** The `AFTERMATH_OIDC_*` variables `aftermath serve` would be started with. */
  readonly env: Record<string, string>;
}

/**
 * Registers `beforeAll`/`afterAll` for a real `oidc-provider` on 127.0.0.1 whose one client may
 * redirect to `http://127.0.0.1:<port>/api/v1/auth/oidc/callback`. Call it before
 * `useSignedInWorkspace({ oidc })` so the provider is up (or known to be down) when Aftermath starts.
 */
export function useOidcProvider(options: OidcProviderOptions): OidcProviderFixture {
  let state:
    | {
        provider: TestOidcProvider | null;
        port: number;
        issuer: string;
        clientId: string;
        clientSecret: string;
      }
    | undefined;

  beforeAll(async () => {
    const port = await freePort();
    const provider = await startOidcProvider(`http://127.0.0.1:${port}/api/v1/auth/oidc/callback`);
    for (const person of options.people ?? []) provider.people.set(person.sub, person);
    const { issuer, clientId, clientSecret } = provider;
    state = { port, provider, issuer, clientId, clientSecret };
    if (options.down) {
      // Its address stays valid and refuses connections: a provider that went away.
      await provider.close();
      state.provider = null;
    }
  });
  afterAll(async () => {
    await state?.provider?.close();
  });

  const started = () => {
    if (state === undefined) throw new Error('the provider starts in beforeAll: read it later');
    return state;
  };
  return {
    get provider() {
      return started().provider;
    },
    get port() {
      return started().port;
    },
    get env() {
      const { port, issuer, clientId, clientSecret } = started();
      return {
        AFTERMATH_OIDC_ISSUER: issuer,
        AFTERMATH_OIDC_CLIENT_ID: clientId,
        AFTERMATH_OIDC_CLIENT_SECRET: options.clientSecret ?? clientSecret,
        AFTERMATH_OIDC_REDIRECT_URL: `http://127.0.0.1:${port}/api/v1/auth/oidc/callback`,
        AFTERMATH_OIDC_NAME: options.name,
        ...(options.teamClaim === undefined
          ? {}
          : { AFTERMATH_OIDC_TEAM_CLAIM: options.teamClaim }),
        ...(options.teams === undefined ? {} : { AFTERMATH_OIDC_TEAMS: options.teams }),
      };
    },
  };
}
