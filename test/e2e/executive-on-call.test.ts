import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAftermath, type RunningAftermath } from './support/aftermath';
import { openBrowserSession, type BrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';

describe.skipIf(!chromiumAvailable())(
  'the executive and on-call dashboards on the demo workspace',
  () => {
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

    it('shows budgets, the frequency trend, categories and follow-through with their n', async () => {
      const { page } = session;
      await page.goto(`${aftermath.url}/dashboards`);
      await page
        .getByRole('navigation', { name: 'Dashboards' })
        .getByRole('link', { name: 'Executive' })
        .click();
      await page.waitForURL(/\/dashboards\/executive$/);
      const { data: metrics } = await aftermath.api.call('getMetrics', {});
      const { data: slos } = await aftermath.api.call('listSlos', {});
      const objectives = slos.items.flatMap((s) => s.status).length;

      const budget = page.getByRole('article', { name: 'Error budget remaining' });
      await budget.waitFor();
      expect(await budget.textContent()).toContain(`n = ${objectives} SLO objective`);
      const frequency = page.getByRole('article', { name: 'Incident frequency' });
      expect(await frequency.textContent()).toContain(
        `${metrics.incidents - metrics.frequency.excluded} incident`,
      );
      // Every trigger the search counts appears as a bar with its count.
      const triggers = page.getByRole('article', { name: 'Top triggers' });
      const trigger = await triggers.textContent();
      expect(trigger).toMatch(/n = \d+ incidents? since \d{4}-\d{2}-\d{2}/);
      const lag = page.getByRole('article', { name: 'Postmortem lag' });
      expect(await lag.textContent()).toContain(String(metrics.postmortemLag.n));
      await expect
        .poll(() => page.getByRole('article', { name: 'Top recurring incidents' }).textContent())
        .toMatch(/recurrence|No incident/);
      await saveScreenshot(page, 'dashboards-executive');
      expect(session.pageErrors).toEqual([]);
    });

    it('lists open incidents with age and links into timelines, and recent changes', async () => {
      const { page } = session;
      await page.goto(`${aftermath.url}/dashboards/on-call`);
      const { data: open } = await aftermath.api.call('listIncidents', {
        query: { status: ['open', 'mitigated'], limit: 100, offset: 0 },
      });
      expect(open.total).toBeGreaterThan(0);
      const table = page.getByRole('table', { name: 'Open incidents' });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(open.items.length);
      const first = open.items[0]!;
      const row = table.locator('tbody tr', { hasText: first.key });
      expect(await row.textContent()).toContain(first.services[0] ?? '—');
      expect(await row.textContent()).toMatch(/\d+\s?(d|h|m)\w* ago/);

      // The demo's mitigated incident started three days ago: its deploys show in 7 days, not in 24 h.
      const { data: timeline } = await aftermath.api.call('listTimeline', {
        params: { key: first.key },
      });
      const weekAgo = Date.now() - 7 * 86_400_000;
      const expected = timeline.items.filter(
        (e) => (e.kind === 'deploy' || e.kind === 'change') && Date.parse(e.at) >= weekAgo,
      );
      const changes = page.getByRole('list', { name: 'Recent changes' });
      if (expected.length > 0) {
        await changes.waitFor();
        expect(await changes.textContent()).toContain(expected[0]!.title);
      }
      await saveScreenshot(page, 'dashboards-on-call');

      await page.getByRole('link', { name: 'Last 24h' }).click();
      await page.waitForURL(/window=24h/);
      await expect
        .poll(() => page.getByText(/deploy and change entr/).textContent())
        .toMatch(/^0 deploy/);

      await row.getByRole('link').first().click();
      await page.waitForURL(new RegExp(`/incidents/${first.key}#timeline$`));
      await page.locator('#timeline').waitFor();
      expect(session.pageErrors).toEqual([]);
    });
  },
);
