import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { openSettingsPage, useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('the settings pages: SLOs, teams, integrations', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      await aftermath.api.call('upsertService', {
        params: { name: 'checkout-api' },
        body: { team: 'payments' },
      });
      await aftermath.api.call('createUser', {
        body: { username: 'dana', password: 'dana-password-1', role: 'viewer' },
      });
    },
  });

  it('defines an SLO with a field error from the API, pulls it from Prometheus, and deletes it', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await openSettingsPage(page, 'SLOs');
    await page.getByText('No SLOs yet.').waitFor();
    await page.getByRole('link', { name: 'New SLO' }).click();

    const form = page.getByRole('form', { name: 'New SLO' });
    await form.getByLabel('Name', { exact: true }).fill('checkout-availability');
    await form.getByLabel('Service').fill('checkout-api');
    await form.getByLabel('Good events query').fill('sum(rate(http_ok[5m]))');
    await form.getByLabel('Total events query').fill('sum(rate(http_all[5m]))');
    await form.getByLabel('Target (%)').fill('150');
    await form.getByRole('button', { name: 'Create SLO' }).click();
    const targetField = form.locator('.field', { has: page.getByLabel('Target (%)') });
    await expect.poll(() => targetField.locator('.field-error').count()).toBe(1);
    expect((await workspace.api.call('listSlos', {})).data.items).toHaveLength(0);

    // Timeslices asks for its slice fields: the same rule as an OpenSLO import, named per field.
    await form.getByLabel('Target (%)').fill('99.5');
    await form.getByLabel('Budgeting method').selectOption('Timeslices');
    await form.getByRole('button', { name: 'Create SLO' }).click();
    const sliceField = form.locator('.field', { has: page.getByLabel('Slice length') });
    await expect.poll(() => sliceField.locator('.field-error').textContent()).toContain('5m');
    await form.getByLabel('Budgeting method').selectOption('Occurrences');
    await form.getByRole('button', { name: 'Create SLO' }).click();
    await page.waitForURL(/\/settings\/slos\/checkout-availability$/);
    const { data: created } = await workspace.api.call('getSlo', {
      params: { name: 'checkout-availability' },
    });
    expect(created.definition.objectives[0]?.target).toBeCloseTo(0.995, 9);

    const source = page.getByRole('form', { name: 'Prometheus source' });
    await source.getByLabel('Prometheus URL').fill('ftp://prometheus');
    await source.getByRole('button', { name: 'Save source' }).click();
    const urlField = source.locator('.field', { has: page.getByLabel('Prometheus URL') });
    await expect.poll(() => urlField.locator('.field-error').textContent()).toContain('http');
    await source.getByLabel('Prometheus URL').fill('http://127.0.0.1:9090');
    await source.getByRole('button', { name: 'Save source' }).click();
    await source.getByRole('button', { name: 'Stop pulling' }).waitFor();
    const { data: pulled } = await workspace.api.call('getSloPrometheusSource', {
      params: { name: 'checkout-availability' },
    });
    expect(pulled.source).toMatchObject({ url: 'http://127.0.0.1:9090', everySeconds: 60 });
    await expectNoSeriousAxeViolations(page, '/settings/slos/checkout-availability');
    await saveScreenshot(page, 'settings-slo-editor');

    await openSettingsPage(page, 'SLOs');
    await page.getByRole('link', { name: 'checkout-availability' }).waitFor();
    expect(await page.locator('tbody tr').first().innerText()).toContain('99.5 %');
    await expectNoSeriousAxeViolations(page, '/settings/slos');
    await saveScreenshot(page, 'settings-slos');

    await page.getByRole('link', { name: 'checkout-availability' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete SLO' }).click();
    await page.getByText('No SLOs yet.').waitFor();
    expect((await workspace.api.call('listSlos', {})).data.items).toHaveLength(0);
    expect(workspace.pageErrors).toEqual([]);
  });

  it('lists a team with its services, adds a member and changes the role', async () => {
    const { page } = workspace;
    await openSettingsPage(page, 'Teams');
    const team = page.getByRole('region', { name: 'payments' });
    await team.getByText('No members').waitFor();
    expect(await team.getByRole('link', { name: 'checkout-api' }).count()).toBe(1);

    const form = page.getByRole('form', { name: 'Add a team member' });
    await form.getByLabel('Team', { exact: true }).fill('payments');
    await form.getByLabel('Username').fill('dana');
    await form.getByRole('button', { name: 'Save membership' }).click();
    await team.getByRole('cell', { name: 'dana', exact: true }).waitFor();
    await team.getByLabel('Role of dana in payments').selectOption('reviewer');
    await expect
      .poll(async () => (await workspace.api.call('listTeamMembers', { query: {} })).data.items)
      .toEqual([{ team: 'payments', username: 'dana', role: 'reviewer' }]);
    await expectNoSeriousAxeViolations(page, '/settings/teams');
    await saveScreenshot(page, 'settings-teams');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('adds an outgoing webhook target after naming the field of a short secret', async () => {
    const { page } = workspace;
    await openSettingsPage(page, 'Notifications and trackers');
    await page.getByText('No targets: nothing is sent yet.').waitFor();
    await page.getByText('No team files action items in a tracker yet.').waitFor();
    const form = page.getByRole('form', { name: 'Add a notification target' });
    await form.getByLabel('Target name').fill('ops-hook');
    await form.getByLabel('URL', { exact: true }).fill('http://127.0.0.1:9/hook');
    await form.getByLabel('Signing secret').fill('short');
    await form.getByRole('button', { name: 'Save target' }).click();
    const secretField = form.locator('.field', { has: page.getByLabel('Signing secret') });
    await expect.poll(() => secretField.locator('.field-error').textContent()).toContain('16');
    await form.getByLabel('Signing secret').fill('s'.repeat(24));
    await form.getByRole('button', { name: 'Save target' }).click();
    await page.getByRole('cell', { name: 'ops-hook', exact: true }).waitFor();
    const { data } = await workspace.api.call('listNotificationTargets', {});
    expect(data.items).toMatchObject([{ name: 'ops-hook', type: 'webhook', events: '*' }]);

    const tracker = page.getByRole('form', { name: "Set a team's tracker" });
    await tracker.getByLabel('Team', { exact: true }).fill('payments');
    await tracker.getByLabel('Project').fill('acme');
    await tracker.getByLabel('API token').fill('token-' + 'not-real');
    await tracker.getByRole('button', { name: 'Save tracker' }).click();
    const projectField = tracker.locator('.field', { has: page.getByLabel('Project') });
    await expect
      .poll(() => projectField.locator('.field-error').textContent())
      .toContain('owner/repo');
    await tracker.getByLabel('Project').fill('acme/api');
    await tracker.getByRole('button', { name: 'Save tracker' }).click();
    await page.getByRole('cell', { name: 'acme/api', exact: true }).waitFor();
    expect((await workspace.api.call('listTrackers', {})).data.items).toMatchObject([
      { team: 'payments', kind: 'github', project: 'acme/api', tokenSet: true },
    ]);
    await expectNoSeriousAxeViolations(page, '/settings/integrations');
    await saveScreenshot(page, 'settings-integrations');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('fits the header and the settings navigation on a phone without sideways scrolling', async () => {
    const { page } = workspace;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${workspace.baseUrl}/settings`);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBe(0);
    await expectNoSeriousAxeViolations(page, '/settings (390 px)');
    await saveScreenshot(page, 'settings-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${workspace.baseUrl}/settings`);
    await saveScreenshot(page, 'settings-index');
  });
});
