import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('the reliability dashboard on the demo workspace', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      await aftermath.api.call('loadDemo', {});
    },
  });

  it('shows MTTx with n, median and p90, warns about the small sample and draws histograms', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await page.getByRole('link', { name: 'Dashboards' }).click();
    await page.waitForURL(/\/dashboards$/);
    const { data } = await workspace.api.call('getMetrics', {});
    const mttr = page.getByRole('article', { name: 'MTTR' });
    await mttr.waitFor();
    expect(await mttr.getByTestId('MTTR-n').textContent()).toBe(String(data.mttr.n));
    // The demo has fewer than ten incidents: every duration card says so.
    await expect.poll(() => mttr.getByRole('note').textContent()).toContain('Small sample');
    const bars = mttr.locator('.histogram-column');
    expect(await bars.count()).toBe(data.mttr.histogram.length);
    // A source the workspace lacks reads "No data" with its reason, not 0 %.
    const slo = page.getByRole('article', { name: 'SLO compliance' });
    await expect.poll(() => slo.textContent()).toContain('No data');
    await saveScreenshot(page, 'dashboards-demo');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('keeps filters in the URL and recomputes for them', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/dashboards?severity=SEV1`);
    const { data } = await workspace.api.call('getMetrics', { query: { severity: 'SEV1' } });
    const mttr = page.getByRole('article', { name: 'MTTR' });
    await expect.poll(() => mttr.getByTestId('MTTR-n').textContent()).toBe(String(data.mttr.n));
    expect(await page.getByLabel('Severity').inputValue()).toBe('SEV1');
    await page.getByLabel('Severity').selectOption('');
    await page.waitForURL(/\/dashboards$/);
    await page.getByLabel('Team').fill('payments');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/team=payments/);
    await saveScreenshot(page, 'dashboards-team-filter');
  });
});
