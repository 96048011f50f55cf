import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

const alertBody = JSON.stringify(
  {
    version: '4',
    groupKey: '{}:{alertname="HighErrorRate"}',
    status: 'firing',
    receiver: 'aftermath',
    groupLabels: { alertname: 'HighErrorRate' },
    commonLabels: { alertname: 'HighErrorRate', service: 'checkout-api' },
    commonAnnotations: {},
    externalURL: 'http://alertmanager.test',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical' },
        annotations: { summary: '5xx above 5%' },
        startsAt: '2026-11-20T09:10:00Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.test/graph',
        fingerprint: 'c0ffee01',
      },
    ],
  },
  null,
  2,
);

const deploys = JSON.stringify({
  service: 'checkout-api',
  version: '1.4.2',
  who: 'ci-bot',
  when: '2026-11-20T09:00:00Z',
  kind: 'deploy',
});

// Twenty errors of one template, written without a zone: one burst entry, flagged ambiguous.
const logLines = Array.from(
  { length: 20 },
  (_, i) =>
    `2026-11-20 09:08:${String(10 + i).padStart(2, '0')},123 ERROR checkout-api ` +
    `Connection refused to db-${i % 3}:5432`,
).join('\n');

describe.skipIf(!chromiumAvailable())('the built timeline in the browser', () => {
  let key: string;
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { api } = aftermath;
      const created = await api.call('createIncident', {
        body: { title: 'Checkout errors', severity: 'SEV2', services: ['checkout-api'] },
      });
      key = created.data.key;
      const upload = (body: string, format: 'alertmanager' | 'deploy' | 'text-log', name: string) =>
        api.call('uploadEvidence', { params: { key }, query: { format, name }, body });
      await upload(alertBody, 'alertmanager', 'alert.json');
      await upload(deploys, 'deploy', 'deploys.jsonl');
      await upload(logLines, 'text-log', 'checkout.log');
    },
  });

  it('shows kinds, sources, a log burst and suspects, and filters by kind through the URL', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    const entries = page.locator('.timeline-entry');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await page.locator('.timeline-entry .kind-badge').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('alert'), expect.stringContaining('deploy')]),
    );
    const burst = entries.filter({ hasText: 'Connection refused' });
    expect(await burst.locator('.log-burst').innerText()).toMatch(/^20 lines, first .+, last .+/);
    expect(await burst.locator('.zone-assumed').count()).toBe(1);
    expect(await burst.locator('.source-badge').innerText()).toContain('text-log');
    await page.getByRole('heading', { name: 'Suspect changes' }).waitFor();
    expect(await page.locator('.suspect-list').innerText()).toContain('same service: checkout-api');

    await page
      .getByRole('group', { name: 'Kind' })
      .getByRole('button', { name: /^alert/ })
      .click();
    await expect.poll(() => entries.count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('alert');
    await page.reload();
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().innerText()).toContain('HighErrorRate');
    await saveScreenshot(page, 'timeline-filtered-by-kind');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('follows an entry to the lines of its evidence', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${key}?source=deploy`);
    await page.getByRole('link', { name: /^Evidence for "Deployed checkout-api 1.4.2"/ }).click();
    await page.getByRole('heading', { name: 'Evidence: deploys.jsonl' }).waitFor();
    const target = page.locator('.excerpt-lines li.is-target');
    expect(await target.innerText()).toContain('"version":"1.4.2"');
    expect(await page.locator('.evidence-meta').innerText()).toContain('deploy');
    await saveScreenshot(page, 'evidence-excerpt');
    await page.goBack();
    await page.locator('.timeline-entry').first().waitFor();
    expect(workspace.pageErrors).toEqual([]);
  });

  it('opens JSON evidence at the pointed value and highlights it', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${key}?source=alertmanager`);
    await page.getByRole('link', { name: /^Evidence for ".*HighErrorRate/ }).click();
    await page.getByRole('heading', { name: 'Evidence: alert.json' }).waitFor();
    expect(await page.locator('.evidence-excerpt figcaption').innerText()).toContain(
      'The value at /alerts/0: lines 16–30',
    );
    const marked = (await page.locator('mark.pointed-value').allInnerTexts()).join('\n');
    expect(marked).toContain('"fingerprint": "c0ffee01"');
    expect(marked).not.toContain('"receiver"');
    expect(await page.locator('.excerpt-lines li.is-target').getAttribute('value')).toBe('16');
    await saveScreenshot(page, 'evidence-json-pointer');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('accepts a proposed milestone and the incident’s milestone changes', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    const row = page.locator('.proposal-table tr[data-milestone="detectedAt"]');
    expect(await row.innerText()).toContain('set by');
    await row.getByRole('button', { name: 'Accept Detected' }).click();
    await expect.poll(() => row.locator('.decision-state').innerText()).toContain('accepted');
    // 09:10 UTC in the session's Europe/Berlin zone.
    await expect
      .poll(() => page.getByLabel('Detected', { exact: true }).inputValue())
      .toBe('2026-11-20T10:10');
    const alert = page.locator('.timeline-entry', { hasText: 'HighErrorRate' });
    expect(await alert.locator('.milestone-mark.is-set').innerText()).toContain('sets Detected');
    await saveScreenshot(page, 'timeline-milestone-accepted');
    const incident = await workspace.api.call('getIncident', { params: { key } });
    expect(incident.data.milestones.detectedAt).toBe('2026-11-20T09:10:00.000Z');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('edits a hand-written entry, refusing a stale save without losing the text', async () => {
    const { page } = workspace;
    const added = await workspace.api.call('addTimelineEntry', {
      params: { key },
      body: { at: '2026-11-20T09:20:00Z', title: 'Rolled back checkout-api' },
    });
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    await page.getByRole('button', { name: 'Edit entry Rolled back checkout-api' }).click();
    const editor = page.getByRole('form', { name: 'Edit entry Rolled back checkout-api' });
    await editor.getByLabel('What happened').fill('Rolled back checkout-api to 1.4.1');
    await workspace.api.call('updateTimelineEntry', {
      params: { key, id: added.data.id },
      body: { body: 'changed elsewhere' },
      ifMatch: '"1"',
    });
    await editor.getByRole('button', { name: 'Save entry' }).click();
    await editor.getByText('Someone else changed this entry while you were editing.').waitFor();
    expect(await editor.getByLabel('What happened').inputValue()).toBe(
      'Rolled back checkout-api to 1.4.1',
    );
    await editor.getByRole('button', { name: 'Load the latest version next to mine' }).click();
    // Save again only once the latest version (and its version number) is loaded.
    await editor.getByText('The latest saved version is shown next to your text.').waitFor();
    await editor.getByRole('button', { name: 'Save entry' }).click();
    await page
      .locator('.timeline-entry', { hasText: 'Rolled back checkout-api to 1.4.1' })
      .waitFor();
    const saved = await workspace.api.call('listTimeline', { params: { key } });
    const entry = saved.data.items.find((item) => item.id === added.data.id);
    expect(entry).toMatchObject({ title: 'Rolled back checkout-api to 1.4.1', version: 3 });
    expect(workspace.pageErrors).toEqual([]);
  });
});
