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

const start = Date.now() - 3 * 3_600_000; // impact started three hours ago
const minute = (m: number) => new Date(start + m * 60_000).toISOString();

describe.skipIf(!chromiumAvailable())('the incident debug view', () => {
  let withSli = '';
  let withoutSli = '';
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { api } = aftermath;
      await api.call('createSlos', { body: { openslo } });
      // Good and total per minute from an hour before to an hour after: 20 % errors during impact.
      const rows = ['timestamp,good,total'];
      for (let m = -60; m < 90; m++) rows.push(`${minute(m)},${m >= 0 && m < 30 ? 800 : 999},1000`);
      await api.call('uploadSli', {
        params: { name: 'checkout-availability' },
        query: { format: 'csv' },
        body: rows.join('\n'),
      });
      const incident = await api.call('createIncident', {
        body: {
          title: 'Checkout 5xx after deploy',
          severity: 'SEV2',
          services: ['checkout-api'],
          milestones: { impactStartedAt: minute(0), detectedAt: minute(4), resolvedAt: minute(30) },
        },
      });
      withSli = incident.data.key;
      await api.call('addTimelineEntry', {
        params: { key: withSli },
        body: {
          at: minute(-3),
          kind: 'deploy',
          title: 'checkout-api v42',
          service: 'checkout-api',
        },
      });
      const other = await api.call('createIncident', {
        body: { title: 'Cart slow', severity: 'SEV3', services: ['cart'] },
      });
      withoutSli = other.data.key;
    },
  });

  it('charts the error rate with milestones, the suspect deploy, axes and sample size', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${withSli}`);
    await page.getByRole('link', { name: 'SLI debug view' }).click();
    await page.waitForURL(new RegExp(`/incidents/${withSli}/debug$`));
    const chart = page.getByRole('figure', { name: 'SLI of checkout-availability' });
    await chart.waitFor();
    const text = await chart.textContent();
    expect(text).toContain('error rate (%)');
    expect(text).toContain('time (UTC)');
    // ±1 h around a 30-minute incident: the 150 uploaded minutes all fall inside.
    expect(text).toMatch(/n = 150 samples in \d+ buckets/);
    expect(text).toContain('dashed: allowed error rate 1.000 %');
    for (const label of ['impact start', 'detected', 'resolved']) expect(text).toContain(label);
    expect(await chart.locator('.marker.suspect').count()).toBe(1);
    // The error line climbs to 20 %: the top y tick is above it.
    const ticks = await chart.locator('text.tick').allTextContents();
    expect(Math.max(...ticks.map(Number).filter((v) => !Number.isNaN(v)))).toBeGreaterThan(20);
    await saveScreenshot(page, 'incident-debug-view');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('says how to connect SLI data when the incident’s services have none', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${withoutSli}/debug`);
    const empty = page.getByRole('status').filter({ hasText: 'No SLI data' });
    await empty.waitFor();
    expect(await empty.textContent()).toContain('aftermath sli import');
    await saveScreenshot(page, 'incident-debug-empty');
    expect(workspace.pageErrors).toEqual([]);
  });
});
