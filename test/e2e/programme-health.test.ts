import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())(
  'the programme-health dashboard on the demo workspace',
  () => {
    const workspace = useSignedInWorkspace({
      seed: async (aftermath) => {
        await aftermath.api.call('loadDemo', {});
      },
    });

    it('shows every signal with its status, n, limits and a weekly chart, reachable from the tabs', async () => {
      const { page } = workspace;
      await page.goto(`${workspace.baseUrl}/dashboards`);
      await page
        .getByRole('navigation', { name: 'Dashboards' })
        .getByRole('link', { name: 'Programme health' })
        .click();
      await page.waitForURL(/\/dashboards\/programme-health$/);
      const { data: health } = await workspace.api.call('getProgrammeHealth', {});

      const drift = health.signals.find((s) => s.id === 'action-drift');
      expect(drift).toBeDefined();
      const card = page.getByRole('article', { name: 'Drifting actions' });
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain(`n = ${drift?.n} active actions`);
      expect(text).toContain(`${Math.round((drift?.value ?? 0) * 100)}%`);
      expect(text).toContain('warn above 20%, alert above 40%');
      const status = { ok: 'OK', warn: 'Warning', alert: 'Alert', no_data: 'No data' };
      expect(text).toContain(status[drift?.status ?? 'no_data']);
      // One chart per signal, one week label per period.
      const charts = page.locator('svg.health-chart');
      expect(await charts.count()).toBe(health.signals.length);
      expect(await charts.first().locator('text.health-n').count()).toBe(health.periods.length);
      // Each card names the failure mode it watches.
      const falseRca = page.getByRole('article', { name: 'Recurrence after a fixed root cause' });
      expect(await falseRca.textContent()).toContain('False root causes');

      await saveScreenshot(page, 'dashboards-programme-health');
      await expectNoSeriousAxeViolations(page, 'programme health');
      expect(workspace.pageErrors).toEqual([]);
    });

    it('shows action closure per priority on the executive dashboard', async () => {
      const { page } = workspace;
      await page.goto(`${workspace.baseUrl}/dashboards/executive`);
      const { data: metrics } = await workspace.api.call('getMetrics', {});
      const table = page.getByRole('table', { name: 'Actions closed by due date per priority' });
      await table.waitFor();
      for (const priority of ['P0', 'P1', 'P2', 'P3'] as const) {
        const metric = metrics.actionClosureByPriority[priority];
        const row = table.locator('tbody tr', { hasText: priority });
        const expected = metric.rate === null ? 'no action due' : `${metric.count} of ${metric.n}`;
        expect(await row.textContent()).toContain(expected);
      }
      await saveScreenshot(page, 'dashboards-executive-closure');
      expect(workspace.pageErrors).toEqual([]);
    });
  },
);
