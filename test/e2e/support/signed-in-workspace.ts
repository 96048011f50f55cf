import type { ApiClient, RouteInput, routes } from '@aftermath/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAftermath, type AftermathOptions, type RunningAftermath } from './aftermath';
import { openBrowserSession, type BrowserSession } from './browser-session';
import type { OidcProviderFixture } from './oidc-provider';

/** The body of `PUT /api/v1/settings/policy`, e.g. `{ review: { approvals: { SEV2: 0 } } }`. */
type DecisionPolicy = RouteInput<(typeof routes)['setDecisionPolicy']>['body'];

/** How the suite's Aftermath and browser start; `signedIn: false` also keeps the browser out. */
export interface WorkspaceOptions extends AftermathOptions {
  /** Saved as the decision policy before `seed` runs. */
  policy?: DecisionPolicy;
  /** `false`: the admin exists but the browser starts signed out (default: as `signedIn`). */
  browserSignedIn?: boolean;
  /** Offer sign-in with this provider (`useOidcProvider`, called before this). */
  oidc?: OidcProviderFixture;
  /** Creates the suite's data through the admin's API client, before the browser opens. */
  seed?: (aftermath: RunningAftermath) => Promise<void>;
  /** How long start-up and seeding may take, in milliseconds (default: the hook timeout). */
  timeoutMs?: number;
}

/** What a test reads once the suite's `beforeAll` has run. */
export interface SignedInWorkspace {
  readonly aftermath: RunningAftermath;
  readonly session: BrowserSession;
  /** The browser's page, signed in as the admin unless `signedIn: false`. */
  readonly page: Page;
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  readonly baseUrl: string;
  /** The admin's typed API client. */
  readonly api: ApiClient;
  /** Uncaught page errors and console errors seen so far. */
  readonly pageErrors: string[];
}

/**
 * Registers the suite's start-up and shut-down: `beforeAll` starts Aftermath on 127.0.0.1, saves
 * `policy`, runs `seed` and opens Chromium signed in as the admin; `afterAll` closes both. Call it
 * in a `describe` body; read the returned getters inside tests and later hooks only.
 */
export function useSignedInWorkspace(options: WorkspaceOptions = {}): SignedInWorkspace {
  let aftermath: RunningAftermath | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    const { oidc } = options;
    aftermath = await startAftermath({
      ...options,
      ...(oidc === undefined ? {} : { port: oidc.port, oidcEnv: oidc.env }),
    });
    if (options.policy) await aftermath.api.call('setDecisionPolicy', { body: options.policy });
    await options.seed?.(aftermath);
    session = await openBrowserSession({
      signedIn: options.browserSignedIn ?? options.signedIn,
    });
  }, options.timeoutMs);

  afterAll(async () => {
    await session?.close();
    await aftermath?.close();
  });

  const started = () => {
    if (!aftermath || !session)
      throw new Error('the workspace starts in beforeAll: read it in a test');
    return { aftermath, session };
  };
  return {
    get aftermath() {
      return started().aftermath;
    },
    get session() {
      return started().session;
    },
    get page() {
      return started().session.page;
    },
    get baseUrl() {
      return started().aftermath.url;
    },
    get api() {
      return started().aftermath.api;
    },
    get pageErrors() {
      return started().session.pageErrors;
    },
  };
}

/**
 * Opens a page of the settings side navigation the way a person does: Settings in the main
 * navigation, then `name` (e.g. 'Audit log') in the settings navigation.
 */
export async function openSettingsPage(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  // From inside the settings their navigation is already there: let the first click land.
  await page.waitForURL(/\/settings$/);
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name }).click();
}
