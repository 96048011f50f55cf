import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { openSettingsPage, useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('the services settings page', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      await aftermath.api.call('upsertService', {
        params: { name: 'cart' },
        body: { team: 'shop' },
      });
    },
  });

  it('lists services, adds one with team and tier, and names the field of a bad name', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await openSettingsPage(page, 'Services');
    await page.waitForURL(/\/settings\/services$/);
    await page.getByRole('link', { name: 'cart' }).waitFor();

    const form = page.getByRole('form', { name: 'Add or replace a service' });
    await form.getByLabel('Name').fill('Checkout API');
    await form.getByRole('button', { name: 'Save service' }).click();
    await expect.poll(() => form.locator('.field-error').textContent()).toContain('lower-case');
    expect((await workspace.api.call('listServices', {})).data.items).toHaveLength(1);

    await form.getByLabel('Name').fill('checkout-api');
    await form.getByLabel('Team').fill('payments');
    await form.getByLabel('Tier').selectOption('1');
    await form.getByRole('button', { name: 'Save service' }).click();
    await page.getByRole('link', { name: 'checkout-api' }).waitFor();
    const { data } = await workspace.api.call('listServices', {});
    expect(data.items.find((service) => service.name === 'checkout-api')).toMatchObject({
      team: 'payments',
      tier: 1,
    });
    await expectNoSeriousAxeViolations(page, '/settings/services');
    await saveScreenshot(page, 'settings-services');
    await page.getByRole('link', { name: 'checkout-api' }).click();
    await page.waitForURL(/\/services\/checkout-api$/);
    expect(workspace.pageErrors).toEqual([]);
  });
});
