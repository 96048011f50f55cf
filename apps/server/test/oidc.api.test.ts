import { generateKeyPairSync } from 'node:crypto';
import { createAccount, type Store } from '@aftermath/core';
import { systemPrincipal, type Account } from '@aftermath/domain';
import { openTestStore, testDialects } from '@aftermath/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type OidcOptions, type RunningServer } from '../src';
import { createArgon2Hasher } from '../src/identity/argon2-hasher';
import { CookieBrowser } from '../../../test/integration/support/cookie-browser';
import {
  startOidcProvider,
  type TestOidcProvider,
} from '../../../test/integration/support/oidc-provider';
import {
  decodeJwt,
  freePort,
  signInThroughProvider,
  signJwt,
  tamperingFetch,
} from './oidc-sign-in';

describe.each(testDialects())('OpenID Connect sign-in against a real provider (%s)', (dialect) => {
  let store: Store;
  let provider: TestOidcProvider;
  let server: RunningServer;
  let rewriteIdToken: ((idToken: string) => string) | null = null;

  beforeAll(async () => {
    const port = await freePort();
    const redirectUrl = `http://127.0.0.1:${port}/api/v1/auth/oidc/callback`;
    provider = await startOidcProvider(redirectUrl);
    provider.people.set('sub-ana', {
      sub: 'sub-ana',
      email: 'ana@example.com',
      email_verified: true,
      preferred_username: 'Ana',
      name: 'Ana Lima',
      groups: ['staff', 'sre-admins'],
    });
    provider.people.set('sub-bo', { sub: 'sub-bo', preferred_username: 'admin', name: 'Bo' });
    provider.people.set('sub-cy', { sub: 'sub-cy', email: 'cy@example.com' });
    store = await openTestStore(dialect);
    const identity = {
      store,
      clock: () => new Date(),
      newId: () => 'x',
      passwords: createArgon2Hasher(),
    };
    const password = 'local-admin-password';
    await createAccount(identity, systemPrincipal, { username: 'admin', password, role: 'admin' });
    const oidc: OidcOptions = {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUrl,
      name: 'Test IdP',
      roleMapping: {
        claim: 'groups',
        roles: { 'sre-admins': 'admin' },
        defaultRole: 'viewer',
        teams: {
          claim: 'groups',
          values: {
            staff: [{ team: 'sre', role: 'viewer' }],
            'sre-admins': [{ team: 'sre', role: 'responder' }],
            'db-oncall': [{ team: 'db', role: 'responder' }],
          },
        },
      },
      fetch: tamperingFetch(() => rewriteIdToken),
    };
    server = await startServer({ store, port, logLevel: 'silent', oidc });
  });

  afterAll(async () => {
    await server?.close();
    await provider?.close();
    await store?.close();
  });

  async function sessionOf(browser: CookieBrowser) {
    const response = await browser.request(`${server.url}/api/v1/session`);
    return { status: response.status, body: (await response.json()) as { user?: Account } };
  }

  function expectRefused(response: Response, browser: CookieBrowser, reason: RegExp) {
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '', server.url);
    expect(location.pathname).toBe('/');
    expect(location.searchParams.get('signInError')).toMatch(/^Sign-in with Test IdP failed: /);
    expect(location.searchParams.get('signInError')).toMatch(reason);
    expect(browser.cookies(server.url).has('aftermath_session')).toBe(false);
  }

  it('offers the provider on the sign-in page', async () => {
    const response = await fetch(`${server.url}/api/v1/session/options`);
    expect(await response.json()).toEqual({
      oidc: { name: 'Test IdP', loginUrl: '/api/v1/auth/oidc/login' },
    });
  });

  it('creates the account on first sign-in, with the mapped role, and finds it again by subject', async () => {
    const browser = new CookieBrowser();
    const callback = await signInThroughProvider(browser, server.url, 'sub-ana');
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/incidents');
    const session = await sessionOf(browser);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({
      username: 'ana',
      displayName: 'Ana Lima',
      role: 'admin',
    });
    const incidents = await browser.request(`${server.url}/api/v1/incidents`);
    expect(incidents.status).toBe(200);

    const again = new CookieBrowser();
    await signInThroughProvider(again, server.url, 'sub-ana');
    expect((await sessionOf(again)).body.user?.username).toBe('ana');
    const users = (await store.accounts.list()).map((account) => account.username);
    expect(users.filter((name) => name.startsWith('ana'))).toEqual(['ana']);
  });

  it('maps the groups claim to team roles on every sign-in, leaving unmapped teams alone', async () => {
    const dee = (groups: string[]) =>
      provider.people.set('sub-dee', { sub: 'sub-dee', preferred_username: 'dee', groups });
    const teams = async () =>
      (await store.access.listMemberships({ username: 'dee' }))
        .map((m) => `${m.team}:${m.role}`)
        .sort();
    dee(['staff', 'db-oncall']);
    await signInThroughProvider(new CookieBrowser(), server.url, 'sub-dee');
    expect(await teams()).toEqual(['db:responder', 'sre:viewer']);
    await store.access.setMembership({ team: 'web', username: 'dee', role: 'viewer' });
    dee(['staff', 'sre-admins']);
    await signInThroughProvider(new CookieBrowser(), server.url, 'sub-dee');
    // The highest mapped role per team wins; db is mapped and no longer granted, so it goes; web
    // is not mapped, so Aftermath's own membership stays.
    expect(await teams()).toEqual(['sre:responder', 'web:viewer']);
  });

  it('never signs in as a local account that merely shares the preferred username', async () => {
    const browser = new CookieBrowser();
    await signInThroughProvider(browser, server.url, 'sub-bo');
    const { body } = await sessionOf(browser);
    expect(body.user).toMatchObject({ username: 'admin-2', role: 'viewer' });
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const browser = new CookieBrowser();
    const callback = await signInThroughProvider(browser, server.url, 'sub-cy', {
      callbackUrl: (url) => url.searchParams.set('state', 'forged-state'),
    });
    expectRefused(callback, browser, /state does not match/);
    expect((await sessionOf(browser)).status).toBe(401);
  });

  it('refuses an ID token whose nonce is not the one Aftermath asked for', async () => {
    const browser = new CookieBrowser();
    const callback = await signInThroughProvider(browser, server.url, 'sub-cy', {
      authorizeUrl: (url) => url.searchParams.set('nonce', 'someone-elses-nonce'),
    });
    expectRefused(callback, browser, /"nonce" claim value/);
  });

  it('refuses an ID token signed by a key that is not the provider’s', async () => {
    const { privateKey: forger } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    rewriteIdToken = (token) => signJwt({ ...decodeJwt(token), sub: 'sub-ana' }, forger);
    const browser = new CookieBrowser();
    try {
      const callback = await signInThroughProvider(browser, server.url, 'sub-cy');
      expectRefused(callback, browser, /signature verification failed/);
    } finally {
      rewriteIdToken = null;
    }
  });

  it('refuses an expired ID token even with the provider’s own signature', async () => {
    rewriteIdToken = (token) => {
      const past = Math.floor(Date.now() / 1000) - 3600;
      return signJwt({ ...decodeJwt(token), iat: past - 60, exp: past }, provider.signingKey);
    };
    const browser = new CookieBrowser();
    try {
      const callback = await signInThroughProvider(browser, server.url, 'sub-cy');
      expectRefused(callback, browser, /"exp" .*expiration is past/);
    } finally {
      rewriteIdToken = null;
    }
  });

  it('refuses a disabled account', async () => {
    await signInThroughProvider(new CookieBrowser(), server.url, 'sub-cy');
    const cy = (await store.accounts.list()).find((a) => a.username === 'cy');
    expect(cy).toMatchObject({ role: 'viewer', disabled: false });
    await store.accounts.setDisabledAt('cy', new Date().toISOString());
    const browser = new CookieBrowser();
    const callback = await signInThroughProvider(browser, server.url, 'sub-cy');
    expectRefused(callback, browser, /cy is disabled/);
  });
});
