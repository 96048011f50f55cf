import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

// The Verification column of the action table: criteria set in the page, their state, and a
// sign-off by the person they name (the signed-in admin), which verifies the action.

describe.skipIf(!chromiumAvailable())('action verification in the web app', () => {
  let incidentKey: string;
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { api } = aftermath;
      const { data } = await api.call('createIncident', {
        body: { title: 'Failover stalled', severity: 'SEV2' },
      });
      incidentKey = data.key;
      await api.call('createAction', {
        params: { key: data.key },
        body: { title: 'Run a failover drill', status: 'done' },
      });
    },
  });

  it('sets sign-off criteria, shows their state and verifies the action on sign-off', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${incidentKey}`);
    const row = page.locator('.actions-table tr', { hasText: 'Run a failover drill' });
    await row.getByRole('button', { name: 'Set criteria' }).click();
    await row.getByLabel('How we know it worked').selectOption('slo_burn_rate');
    await row.getByLabel('SLO', { exact: true }).fill('nope');
    await row.getByRole('button', { name: 'Save criteria' }).click();
    await expect.poll(() => row.getByRole('alert').innerText()).toContain('no SLO nope');

    await row.getByLabel('How we know it worked').selectOption('sign_off');
    await row.getByLabel('Person (username)').fill('admin');
    await row.getByRole('button', { name: 'Save criteria' }).click();
    await expect.poll(() => row.locator('.verification-state').innerText()).toBe('checking');
    expect(await row.innerText()).toContain('Waiting for admin to sign off');

    await row.getByLabel('Sign-off note').fill('Drill passed in 4 minutes.');
    await row.getByRole('button', { name: 'Sign off' }).click();
    await expect.poll(() => row.locator('.verification-state').innerText()).toBe('verified');
    expect(await row.innerText()).toContain('Signed off by admin: Drill passed in 4 minutes.');
    await saveScreenshot(page, 'action-verification-signed-off');
  });
});
