import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

const password = ['first', 'admin', 'pass', '7'].join('-');

describe.skipIf(!chromiumAvailable())('first admin, sign-out and sign-in', () => {
  const workspace = useSignedInWorkspace({ signedIn: false });

  it('asks a fresh install for the first admin, then opens the deep link it was given', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/new`);
    await page.getByRole('heading', { name: 'Create the first admin' }).waitFor();
    await saveScreenshot(page, 'first-admin');
    await page.getByLabel('Username').fill('ana');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();
    await page.locator('.field-error', { hasText: 'at least 10 characters' }).waitFor();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();
    await page.getByRole('heading', { name: 'New incident' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/incidents/new');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('signs out, refuses a wrong password with a message, and signs in onto the deep link', async () => {
    const { page } = workspace;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Aftermath' }).waitFor();
    await page.goto(`${workspace.baseUrl}/search?q=checkout`);
    await page.getByRole('heading', { name: 'Sign in to Aftermath' }).waitFor();
    await page.getByLabel('Username').fill('ana');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();
    await saveScreenshot(page, 'sign-in-wrong-password');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel(/Search incidents, postmortems/).waitFor();
    expect(await page.getByLabel(/Search incidents, postmortems/).inputValue()).toBe('checkout');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/search?q=checkout');
    await saveScreenshot(page, 'signed-in-deep-link');
  });

  it('asks for a sign-in where the person stands when the session ends', async () => {
    const { page, context } = workspace.session;
    await context.clearCookies();
    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    await page.getByText('Your session ended').waitFor();
    expect(new URL(page.url()).pathname).toBe('/incidents');
    await saveScreenshot(page, 'session-ended');
    // Failed sign-ins and the 401s the app handles are logged by Chromium as failed loads only.
    expect(workspace.pageErrors).toEqual([]);
  });
});
