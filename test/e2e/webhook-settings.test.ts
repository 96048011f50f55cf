import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { openSettingsPage, useSignedInWorkspace } from './support/signed-in-workspace';

// An alert no rule opens an incident for: it is kept as an unrouted delivery.
const body = JSON.stringify({
  version: '4',
  groupKey: '{}:{alertname="DiskFilling"}',
  status: 'firing',
  receiver: 'aftermath',
  groupLabels: { alertname: 'DiskFilling' },
  commonLabels: { alertname: 'DiskFilling', service: 'logs', severity: 'warning' },
  commonAnnotations: { summary: 'Disk 91% full' },
  externalURL: 'http://alertmanager.test',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'DiskFilling', service: 'logs', severity: 'warning' },
      annotations: { summary: 'Disk 91% full' },
      startsAt: '2026-11-20T09:10:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.test/graph',
      fingerprint: 'd15cf111',
    },
  ],
});

describe.skipIf(!chromiumAvailable())('the webhook settings page', () => {
  const workspace = useSignedInWorkspace();

  it('sets a secret, adds a rule, shows a posted delivery and downloads its raw body', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await openSettingsPage(page, 'Webhooks');
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    expect(await page.locator('.webhook-deliveries').count()).toBe(0);
    expect(await page.getByText('No deliveries yet.').isVisible()).toBe(true);
    expect(await page.getByText('No rules yet').isVisible()).toBe(true);
    await saveScreenshot(page, 'webhook-settings-empty');

    const row = page.locator('tr[data-source="alertmanager"]');
    expect(await row.innerText()).toContain('No secret: refuses every delivery');
    await row.getByRole('button', { name: 'Set secret for alertmanager' }).click();
    const form = page.getByRole('form', { name: 'Set the alertmanager secret' });
    await form.getByRole('button', { name: 'Generate a secret' }).click();
    await form.getByRole('button', { name: 'Set secret' }).click();
    const secret = await page.locator('.shown-secret').innerText();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(await row.innerText()).toContain('Secret set');
    await saveScreenshot(page, 'webhook-settings-secret-shown-once');
    await page.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.locator('.shown-secret').count()).toBe(0);

    const ruleForm = page.getByRole('form', { name: 'Add a routing rule' });
    await ruleForm.getByLabel('Match labels').fill('severity=critical|page');
    await ruleForm.getByRole('button', { name: 'Add rule' }).click();
    // The server refuses a rule without a name and says so under the field.
    const nameField = ruleForm.locator('.field', { has: page.getByLabel('Rule name') });
    await expect.poll(() => nameField.locator('.field-error').count()).toBe(1);
    expect(await ruleForm.getByLabel('Rule name').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'webhook-settings-rule-error');
    await ruleForm.getByLabel('Rule name').fill('pages');
    await ruleForm.getByLabel('Severity of a new incident').selectOption('SEV1');
    await ruleForm.getByRole('button', { name: 'Add rule' }).click();
    const rules = page.locator('.routing-rules');
    await rules.waitFor();
    expect(await rules.innerText()).toContain('severity=critical|page');
    expect(await rules.innerText()).toContain('opens a SEV1 incident');
    const saved = await workspace.api.call('getWebhookRouting', {});
    expect(saved.data.rules).toMatchObject([{ name: 'pages', open: true, severity: 'SEV1' }]);

    const windowForm = page.getByRole('form', { name: 'Add a maintenance window' });
    await windowForm.getByLabel('Service').fill('search');
    await windowForm.getByLabel('From').fill('2026-12-01T23:00');
    await windowForm.getByLabel('To').fill('2026-12-01T22:00');
    await windowForm.getByRole('button', { name: 'Add window' }).click();
    const toField = windowForm.locator('.field', { has: page.getByLabel('To') });
    await expect.poll(() => toField.locator('.field-error').innerText()).toContain('before');
    await windowForm.getByLabel('To').fill('2026-12-02T03:00');
    await windowForm.getByRole('button', { name: 'Add window' }).click();
    // 23:00 in the session's Europe/Berlin zone is 22:00 UTC.
    await expect
      .poll(async () => (await workspace.api.call('getWebhookRouting', {})).data.maintenance)
      .toMatchObject([{ service: 'search', from: '2026-12-01T22:00:00.000Z' }]);
    expect(await page.locator('.maintenance-list').innerText()).toContain('search');

    const posted = await fetch(`${workspace.baseUrl}/api/v1/webhooks/alertmanager`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body,
    });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    await page.getByRole('button', { name: 'Refresh deliveries' }).click();
    const delivery = page.locator(`tr[data-delivery="${id}"]`);
    await delivery.waitFor();
    expect(await delivery.innerText()).toContain('unrouted');
    await saveScreenshot(page, 'webhook-settings-delivery');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      delivery.getByRole('link', { name: `Raw body of delivery ${id}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`alertmanager-${id}.json`);
    expect(await readFile(await download.path(), 'utf8')).toBe(body);

    await page.getByRole('button', { name: 'Remove window for search' }).click();
    await page.getByText('No maintenance windows.').waitFor();
    expect((await workspace.api.call('getWebhookRouting', {})).data.maintenance).toEqual([]);
    expect(workspace.pageErrors).toEqual([]);
  });
});
