import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { openSettingsPage, useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('the audit log page', () => {
  const workspace = useSignedInWorkspace();

  it('filters records, shows a change field by field, verifies the chain and exports it', async () => {
    const { data: incident } = await workspace.api.call('createIncident', {
      body: { title: 'Audit trail probe', severity: 'SEV3' },
    });
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await openSettingsPage(page, 'Audit log');
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();

    await page.getByLabel('Action').fill('incidents.insert');
    await page.getByLabel('Target').fill(incident.key);
    await page.getByRole('button', { name: 'Filter' }).click();
    const rows = page.locator('tr[data-seq]');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(incident.key);
    await rows
      .first()
      .getByRole('button', { name: /^Changes of #/ })
      .click();
    const title = page.locator('.audit-diff tr[data-field="title"]');
    await title.waitFor();
    expect(await title.locator('.audit-before').innerText()).toBe('absent');
    expect(await title.locator('.audit-after').innerText()).toContain('Audit trail probe');

    await page.getByRole('button', { name: 'Verify the hash chain' }).click();
    await page.getByText(/Audit log intact: \d+ records\./).waitFor();

    const href = await page
      .getByRole('link', { name: 'Export the whole log (JSON lines)' })
      .getAttribute('href');
    const exported = await page.request.get(`${workspace.baseUrl}${href ?? ''}`);
    expect(exported.status()).toBe(200);
    const lines = (await exported.text()).trimEnd().split('\n');
    expect(lines.some((line) => line.includes('"action":"incidents.insert"'))).toBe(true);
  });
});
