import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAftermath, type RunningAftermath } from './support/aftermath';
import { openBrowserSession, type BrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';

describe.skipIf(!chromiumAvailable())('the reliability dashboard on the demo workspace', () => {
  let aftermath: RunningAftermath;
  let session: BrowserSession;

  beforeAll(async () => {
    aftermath = await startAftermath();
    await aftermath.api.call('loadDemo', {});
    session = await openBrowserSession();
  });

  afterAll(async () => {
    await session?.close();
    await aftermath?.close();
  });

  it('shows MTTx with n, median and p90, warns about the small sample and draws histograms', async () => {
    const { page } = session;
    await page.goto(`${aftermath.url}/incidents`);
    await page.getByRole('link', { name: 'Dashboards' }).click();
    await page.waitForURL(/\/dashboards$/);
    const { data } = await aftermath.api.call('getMetrics', {});
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
    expect(session.pageErrors).toEqual([]);
  });

  it('keeps filters in the URL and recomputes for them', async () => {
    const { page } = session;
    await page.goto(`${aftermath.url}/dashboards?severity=SEV1`);
    const { data } = await aftermath.api.call('getMetrics', { query: { severity: 'SEV1' } });
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
