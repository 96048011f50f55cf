import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { startAftermath, type RunningAftermath } from './support/aftermath';
import { openBrowserSession, type BrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';

describe.skipIf(!chromiumAvailable())('the services settings page', () => {
  let aftermath: RunningAftermath;
  let session: BrowserSession;

  beforeAll(async () => {
    aftermath = await startAftermath();
    await aftermath.api.call('upsertService', { params: { name: 'cart' }, body: { team: 'shop' } });
    session = await openBrowserSession();
  });

  afterAll(async () => {
    await session?.close();
    await aftermath?.close();
  });

  it('lists services, adds one with team and tier, and names the field of a bad name', async () => {
    const { page } = session;
    await page.goto(`${aftermath.url}/incidents`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Services' })
      .click();
    await page.waitForURL(/\/settings\/services$/);
    await page.getByRole('link', { name: 'cart' }).waitFor();

    const form = page.getByRole('form', { name: 'Add or replace a service' });
    await form.getByLabel('Name').fill('Checkout API');
    await form.getByRole('button', { name: 'Save service' }).click();
    await expect.poll(() => form.locator('.field-error').textContent()).toContain('lower-case');
    expect((await aftermath.api.call('listServices', {})).data.items).toHaveLength(1);

    await form.getByLabel('Name').fill('checkout-api');
    await form.getByLabel('Team').fill('payments');
    await form.getByLabel('Tier').selectOption('1');
    await form.getByRole('button', { name: 'Save service' }).click();
    await page.getByRole('link', { name: 'checkout-api' }).waitFor();
    const { data } = await aftermath.api.call('listServices', {});
    expect(data.items.find((service) => service.name === 'checkout-api')).toMatchObject({
      team: 'payments',
      tier: 1,
    });
    await expectNoSeriousAxeViolations(page, '/settings/services');
    await saveScreenshot(page, 'settings-services');
    await page.getByRole('link', { name: 'checkout-api' }).click();
    await page.waitForURL(/\/services\/checkout-api$/);
    expect(session.pageErrors).toEqual([]);
  });
});
