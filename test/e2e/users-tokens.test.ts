import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { openSettingsPage, useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('the users and API tokens settings pages', () => {
  const workspace = useSignedInWorkspace();

  it('creates a user, changes its role and disables it', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await openSettingsPage(page, 'Users');
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

    const { data } = await workspace.api.call('listUsers', {});
    expect(data.items.find((u) => u.username === 'dana')).toMatchObject({
      role: 'reviewer',
      disabled: true,
    });
  });

  it('creates a read token shown once that works, then revokes it', async () => {
    const { page } = workspace;
    await openSettingsPage(page, 'Tokens');
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    await page.getByLabel('Description').fill('grafana');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('New token').innerText();
    expect(token).toMatch(/^amt_/);
    const read = await fetch(`${workspace.baseUrl}/api/v1/incidents`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.status).toBe(200);

    const row = page.locator('tr', { hasText: 'grafana' });
    await row.getByRole('button', { name: /^Revoke / }).click();
    await expect.poll(() => row.innerText()).toContain('revoked');
    const after = await fetch(`${workspace.baseUrl}/api/v1/incidents`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);

    await page.reload();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    expect(await page.getByText(token).count()).toBe(0);
  });
});
