import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { useOidcProvider } from './support/oidc-provider';
import { saveScreenshot } from './support/screenshots';
import { openSettingsPage, useSignedInWorkspace } from './support/signed-in-workspace';

// OpenID Connect sign-in in Chromium against a real provider (`oidc-provider` with its own login
// and consent pages), configured through the AFTERMATH_OIDC_* variables `aftermath serve` reads.

const ana = {
  sub: 'sub-ana',
  preferred_username: 'ana',
  name: 'Ana Lima',
  email: 'ana@example.com',
  email_verified: true,
  groups: ['staff', 'sre-oncall'],
};
const teams = 'sre-oncall=sre:responder,db-oncall=db:responder';

/** The provider's development login form (any password), then its consent page. */
async function passProviderPages(page: Page, providerUrl: string, login: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(providerUrl));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await saveScreenshot(page, `oidc-provider-login-${login}`);
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The sign-in page's message after a failed round trip, without reloading the page. */
async function signInFailure(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Sign in to Aftermath' }).waitFor();
  const alert = page.getByRole('alert').filter({ hasText: /^Sign-in with Test IdP/ });
  await alert.waitFor();
  return alert.innerText();
}

describe.skipIf(!chromiumAvailable())('signing in with an OpenID Connect provider', () => {
  const oidc = useOidcProvider({ name: 'Test IdP', people: [ana], teamClaim: 'groups', teams });
  const workspace = useSignedInWorkspace({
    oidc,
    browserSignedIn: false,
    // The team exists before anyone signs in: it owns a service.
    seed: async ({ api }) => {
      await api.call('upsertService', { params: { name: 'search-api' }, body: { team: 'sre' } });
    },
  });

  it('goes through the provider and lands signed in, with the team role the claim maps to', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    const button = page.getByRole('link', { name: 'Sign in with Test IdP' });
    await button.waitFor();
    await saveScreenshot(page, 'oidc-sign-in-page');
    await button.click();
    await passProviderPages(page, oidc.env.AFTERMATH_OIDC_ISSUER ?? '', 'sub-ana');

    await page.waitForURL(`${workspace.baseUrl}/incidents`);
    await page.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    expect(await page.locator('.user-name').innerText()).toBe('Ana Lima');
    await saveScreenshot(page, 'oidc-signed-in');
    // The browser's own session cookie, not the admin's token.
    const session = await page.request.get(`${workspace.baseUrl}/api/v1/session`);
    expect(session.status()).toBe(200);
    expect(((await session.json()) as { user: unknown }).user).toMatchObject({
      username: 'ana',
      displayName: 'Ana Lima',
      role: 'viewer',
    });
    const { data } = await workspace.api.call('listTeamMembers', { query: { username: 'ana' } });
    expect(data.items).toEqual([{ team: 'sre', username: 'ana', role: 'responder' }]);

    await openSettingsPage(page, 'Teams');
    const team = page.getByRole('region', { name: 'sre' });
    await expect.poll(() => team.getByLabel('Role of ana in sre').inputValue()).toBe('responder');
    await saveScreenshot(page, 'oidc-team-role');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('signs out: the session is gone and the provider is offered again', async () => {
    const { page } = workspace;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in with Test IdP' }).waitFor();
    const session = await page.request.get(`${workspace.baseUrl}/api/v1/session`);
    expect(session.status()).toBe(401);
    await page.goto(`${workspace.baseUrl}/incidents`);
    await page.getByRole('heading', { name: 'Sign in to Aftermath' }).waitFor();
  });
});

describe.skipIf(!chromiumAvailable())('when sign-in with the provider cannot succeed', () => {
  describe('a wrong client secret', () => {
    const oidc = useOidcProvider({
      name: 'Test IdP',
      people: [ana],
      clientSecret: 'not-' + 'the-client-secret',
    });
    const workspace = useSignedInWorkspace({ oidc, browserSignedIn: false });

    it('comes back to the sign-in page saying the provider refused, and signs nobody in', async () => {
      const { page } = workspace;
      await page.goto(`${workspace.baseUrl}/incidents`);
      await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
      await passProviderPages(page, oidc.env.AFTERMATH_OIDC_ISSUER ?? '', 'sub-ana');
      const message = await signInFailure(page);
      expect(message).toMatch(/^Sign-in with Test IdP failed: /);
      // The provider's own word for it, from its WWW-Authenticate challenge.
      expect(message).toMatch(/invalid_client/);
      await saveScreenshot(page, 'oidc-wrong-client-secret');
      const session = await page.request.get(`${workspace.baseUrl}/api/v1/session`);
      expect(session.status()).toBe(401);
      const { data } = await workspace.api.call('listUsers', {});
      expect(data.items.map((user) => user.username)).toEqual(['admin']);
    });
  });

  describe('a provider that is down', () => {
    const oidc = useOidcProvider({ name: 'Test IdP', down: true });
    const workspace = useSignedInWorkspace({ oidc, browserSignedIn: false });

    it('stays on Aftermath and says the provider is unavailable', async () => {
      const { page } = workspace;
      await page.goto(`${workspace.baseUrl}/incidents`);
      await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
      const message = await signInFailure(page);
      expect(message).toMatch(/^Sign-in with Test IdP is unavailable: discovery at http:\/\/127/);
      expect(new URL(page.url()).origin).toBe(workspace.baseUrl);
      await saveScreenshot(page, 'oidc-provider-down');
      // The password form still works beside it.
      await page.getByLabel('Username').waitFor();
    });
  });
});
