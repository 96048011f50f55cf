import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

const openslo = [
  'apiVersion: openslo/v1',
  'kind: SLO',
  'metadata: { name: checkout-availability }',
  'spec:',
  '  service: checkout-api',
  '  indicator:',
  '    metadata: { name: checkout-good }',
  '    spec:',
  '      ratioMetric:',
  '        counter: true',
  '        good: { metricSource: { type: Prometheus, spec: { query: good } } }',
  '        total: { metricSource: { type: Prometheus, spec: { query: total } } }',
  '  timeWindow: [{ duration: 28d, isRolling: true }]',
  '  budgetingMethod: Occurrences',
  '  objectives: [{ target: 0.99 }]',
  '',
].join('\n');

describe.skipIf(!chromiumAvailable())('the service page', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { api } = aftermath;
      await api.call('upsertService', {
        params: { name: 'checkout-api' },
        body: { team: 'payments', tier: 1, description: 'Takes the money.' },
      });
      await api.call('createSlos', { body: { openslo } });
      const create = (title: string, services: string[]) =>
        api.call('createIncident', { body: { title, severity: 'SEV2', services } });
      const checkout = await create('Checkout 502s', ['checkout-api']);
      await create('Cart and checkout slow', ['cart', 'checkout-api']);
      await create('Cart images missing', ['cart']);
      const key = checkout.data.key;
      await api.call('createAction', {
        params: { key },
        body: { title: 'Alert on checkout 5xx rate', owner: 'dana' },
      });
      const done = await api.call('createAction', {
        params: { key },
        body: { title: 'Roll back the bad config' },
      });
      await api.call('updateAction', {
        params: { id: done.data.id },
        body: { status: 'done' },
        ifMatch: done.etag ?? '',
      });
    },
  });

  it('is linked from a service chip and lists its incidents, SLOs and open actions', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await page.getByRole('link', { name: 'checkout-api' }).first().click();
    await page.waitForURL(/\/services\/checkout-api$/);
    await page.getByRole('heading', { level: 1, name: 'checkout-api' }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('payments');

    const incidents = page.getByRole('region', { name: /^Incidents/ });
    await expect.poll(() => incidents.getByRole('heading').textContent()).toBe('Incidents (2)');
    expect(await incidents.locator('.title-cell .quiet-link').allTextContents()).toEqual([
      'Cart and checkout slow',
      'Checkout 502s',
    ]);
    const slos = page.getByRole('region', { name: 'SLOs' });
    expect(await slos.getByRole('rowheader').allTextContents()).toEqual(['checkout-availability']);
    const actions = page.getByRole('region', { name: /^Open action items/ });
    expect(await actions.getByRole('heading').textContent()).toBe('Open action items (1)');
    expect(await actions.textContent()).toContain('Alert on checkout 5xx rate');
    expect(await actions.textContent()).not.toContain('Roll back the bad config');
    await saveScreenshot(page, 'service-page');

    // A service incidents name but nobody registered still has a page.
    await incidents.getByRole('link', { name: 'cart', exact: true }).click();
    await page.waitForURL(/\/services\/cart$/);
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain('Not registered as a service yet');
    expect(await page.getByRole('region', { name: 'SLOs' }).textContent()).toContain(
      'No SLO measures this service',
    );
    expect(workspace.pageErrors).toEqual([]);
  });
});
