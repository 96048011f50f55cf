import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAftermath, type RunningAftermath } from './support/aftermath';
import { openBrowserSession, type BrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';

describe.skipIf(!chromiumAvailable())('the users and API tokens settings pages', () => {
  let aftermath: RunningAftermath;
  let session: BrowserSession;

  beforeAll(async () => {
    aftermath = await startAftermath();
    session = await openBrowserSession();
  });
  afterAll(async () => {
    await session?.close();
    await aftermath?.close();
  });

  it('creates a user, changes its role and disables it', async () => {
    const { page } = session;
    await page.goto(`${aftermath.url}/incidents`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Users' })
      .click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await page.getByLabel('Username').fill('dana');
    await page.getByLabel('Password').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Create user' }).click();
    const row = page.locator('tr[data-username="dana"]');
    await row.waitFor();
    await row.getByLabel('Role of dana').selectOption('reviewer');
    await page.getByText('Saved dana.').waitFor();
    await row.getByRole('button', { name: 'Disable dana' }).click();
    await expect.poll(() => row.innerText()).toContain('disabled');

    const { data } = await aftermath.api.call('listUsers', {});
    expect(data.items.find((u) => u.username === 'dana')).toMatchObject({
      role: 'reviewer',
      disabled: true,
    });
  });

  it('creates a read token shown once that works, then revokes it', async () => {
    const { page } = session;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Tokens' })
      .click();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    await page.getByLabel('Description').fill('grafana');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('New token').innerText();
    expect(token).toMatch(/^amt_/);
    const read = await fetch(`${aftermath.url}/api/v1/incidents`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.status).toBe(200);

    const row = page.locator('tr', { hasText: 'grafana' });
    await row.getByRole('button', { name: /^Revoke / }).click();
    await expect.poll(() => row.innerText()).toContain('revoked');
    const after = await fetch(`${aftermath.url}/api/v1/incidents`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);

    await page.reload();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    expect(await page.getByText(token).count()).toBe(0);
  });
});
