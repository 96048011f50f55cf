import { describe, expect, it } from 'vitest';
import type { RunningAftermath } from './support/aftermath';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

/** An OpenSLO latency objective (≤ 0.5 s for 90 % of samples over 7 days) on `service`. */
function latencySlo(name: string, service: string): string {
  return [
    'apiVersion: openslo/v1',
    'kind: SLO',
    `metadata: { name: ${name} }`,
    'spec:',
    `  service: ${service}`,
    '  indicator:',
    `    metadata: { name: ${name}-p99 }`,
    '    spec:',
    '      thresholdMetric: { metricSource: { type: Prometheus, spec: { query: p99 } } }',
    '  timeWindow: [{ duration: 7d, isRolling: true }]',
    '  budgetingMethod: Occurrences',
    '  objectives: [{ op: lte, value: 0.5, target: 0.9 }]',
    '',
  ].join('\n');
}

/** Uploads one latency sample a minute for the last `values.length` minutes. */
async function uploadLatencies(
  { url, authHeaders }: RunningAftermath,
  slo: string,
  values: number[],
): Promise<void> {
  const now = Date.now();
  const points = values.map((v, i) => [(now - (values.length - i) * 60_000) / 1000, String(v)]);
  const matrix = {
    status: 'success',
    data: { resultType: 'matrix', result: [{ metric: {}, values: points }] },
  };
  const response = await fetch(`${url}/api/v1/slos/${slo}/sli?format=prometheus`, {
    method: 'POST',
    headers: { ...authHeaders, 'content-type': 'application/json' },
    body: JSON.stringify(matrix),
  });
  expect(response.status).toBe(201);
}

describe.skipIf(!chromiumAvailable())(
  'the executive and on-call dashboards on the demo workspace',
  () => {
    const workspace = useSignedInWorkspace({
      seed: async (aftermath) => {
        await aftermath.api.call('loadDemo', {});
        // The demo has no SLOs: one spending its whole budget and one overspending it.
        await aftermath.api.call('createSlos', {
          body: { openslo: latencySlo('search-latency', 'search-api') },
        });
        await aftermath.api.call('createSlos', {
          body: { openslo: latencySlo('cart-latency', 'cart-service') },
        });
        await uploadLatencies(
          aftermath,
          'search-latency',
          [0.1, 0.2, 0.1, 0.3, 0.2, 0.1, 0.2, 0.1, 0.3, 0.6],
        );
        await uploadLatencies(
          aftermath,
          'cart-latency',
          [0.9, 0.2, 0.8, 0.3, 0.7, 0.1, 0.2, 0.1, 0.3, 0.2],
        );
      },
    });

    it('shows budgets, the frequency trend, categories and follow-through with their n', async () => {
      const { page } = workspace;
      await page.goto(`${workspace.baseUrl}/dashboards`);
      await page
        .getByRole('navigation', { name: 'Dashboards' })
        .getByRole('link', { name: 'Executive' })
        .click();
      await page.waitForURL(/\/dashboards\/executive$/);
      const { data: metrics } = await workspace.api.call('getMetrics', {});
      const { data: slos } = await workspace.api.call('listSlos', {});
      const objectives = slos.items.flatMap((s) => s.status).length;

      const budget = page.getByRole('article', { name: 'Error budget remaining' });
      await budget.waitFor();
      expect(objectives).toBe(2);
      expect(await budget.textContent()).toContain('n = 2 SLO objectives');
      // 1 bad of 10 with a 10 % budget spends all of it; 3 bad of 10 spend it three times over.
      const bars = budget.locator('.bar-row');
      expect(await bars.count()).toBe(2);
      expect(await bars.filter({ hasText: 'cart-latency' }).textContent()).toContain('-200 % left');
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
      expect(workspace.pageErrors).toEqual([]);
    });

    it('lists open incidents with age and links into timelines, and recent changes', async () => {
      const { page } = workspace;
      await page.goto(`${workspace.baseUrl}/dashboards/on-call`);
      const { data: open } = await workspace.api.call('listIncidents', {
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
      const { data: timeline } = await workspace.api.call('listTimeline', {
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
      expect(workspace.pageErrors).toEqual([]);
    });
  },
);
