import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('coded root-cause analysis in the postmortem', () => {
  let key: string;
  let pushId: string;
  let alertId: string;
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { data } = await aftermath.api.call('createIncident', {
        body: { title: 'Checkout pool exhausted', severity: 'SEV2', services: ['checkout'] },
      });
      key = data.key;
      const push = await aftermath.api.call('addTimelineEntry', {
        params: { key },
        body: { at: '2026-03-01T09:00:00Z', kind: 'deploy', title: 'Config push #4411 rolled out' },
      });
      const alert = await aftermath.api.call('addTimelineEntry', {
        params: { key },
        body: { at: '2026-03-01T09:07:00Z', kind: 'alert', title: 'CheckoutErrorRateHigh firing' },
      });
      pushId = push.data.id;
      alertId = alert.data.id;
      await aftermath.api.call('savePostmortem', {
        params: { key },
        body: { sections: { summary: 'The checkout pool ran out after a config push.' } },
      });
    },
  });

  it('codes the trigger, adds a factor citing an entry and a why chain, and draws the causal graph', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    const form = page.getByRole('form', { name: 'Root-cause analysis' });
    await form.getByLabel('Trigger').selectOption('config-push');
    await form.getByRole('checkbox', { name: 'Configuration' }).check();

    await form.getByRole('button', { name: 'Add factor' }).click();
    const factor = form.getByRole('listitem', { name: 'Factor 1' });
    await factor.getByLabel('Category').selectOption('change-management');
    await factor.getByLabel('Factor', { exact: true }).fill('Config pushes skip the canary stage.');
    await factor
      .getByLabel('Cited timeline entries')
      .selectOption({ label: '09:00 Config push #4411 rolled out' });

    await form.getByRole('button', { name: 'Add why chain' }).click();
    const chain = form.getByRole('listitem', { name: 'Why chain 1' });
    await chain.getByLabel('Problem').fill('Checkout failed for 18% of attempts.');
    const why = chain.getByRole('listitem', { name: 'Why 1' });
    await why.getByLabel('Why?').fill('Why did checkout fail?');
    await why.getByLabel('Because').fill('The gateway pool had 20 connections.');
    await why
      .getByLabel('Evidence (timeline entries)')
      .selectOption({ label: '09:07 CheckoutErrorRateHigh firing' });

    await form.getByRole('button', { name: 'Save analysis' }).click();
    await form.getByText('Analysis saved.').waitFor();
    const graph = form.getByRole('img', {
      name: 'Causal graph: 2 causes → 2 cited timeline entries → the incident.',
    });
    await graph.waitFor();
    expect(await graph.locator('.rca-edge').count()).toBe(4);
    await saveScreenshot(page, 'postmortem-rca');

    const { data } = await workspace.api.call('getPostmortem', { params: { key } });
    expect(data.rca).toMatchObject({
      trigger: 'config-push',
      rootCauses: ['configuration'],
      factors: [{ category: 'change-management', entryIds: [pushId] }],
      whys: [{ links: [{ evidence: [{ entryId: alertId }] }] }],
    });
  });

  it('keeps the draft when someone else saved first, and saves it after loading the latest', async () => {
    const { page } = workspace;
    const form = page.getByRole('form', { name: 'Root-cause analysis' });
    const { data, etag } = await workspace.api.call('getPostmortem', { params: { key } });
    await workspace.api.call('savePostmortem', {
      params: { key },
      body: { sections: { impact: 'About 1,200 customers could not pay.' } },
      ifMatch: etag ?? `"${data.version}"`,
    });
    await form.getByRole('checkbox', { name: 'Development process' }).check();
    await form.getByRole('button', { name: 'Save analysis' }).click();
    await form.getByRole('alert').getByText('Someone else changed this postmortem').waitFor();
    await form.getByRole('button', { name: 'Load the latest version next to mine' }).click();
    await form.getByRole('button', { name: 'Save analysis' }).click();
    await form.getByText('Analysis saved.').waitFor();
    const saved = await workspace.api.call('getPostmortem', { params: { key } });
    expect(saved.data.rca.rootCauses).toEqual(['configuration', 'development-process']);
    expect(saved.data.sections.impact).toBe('About 1,200 customers could not pay.');
  });

  it('edits the taxonomy on its settings page and refuses to remove a code in use', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/settings/rca-taxonomy`);
    await page.getByRole('heading', { name: 'RCA taxonomy' }).waitFor();
    await page.getByLabel('Triggers 1 label').fill('Binary deploy');
    await page.getByRole('button', { name: 'Save taxonomy' }).click();
    await page.getByText('Taxonomy saved.').waitFor();
    const saved = await workspace.api.call('getRcaTaxonomy', {});
    expect(saved.data.triggers[0]).toMatchObject({ code: 'binary-push', label: 'Binary deploy' });

    const row = page.getByRole('row').filter({ has: page.getByLabel('Triggers 2 code') });
    expect(await page.getByLabel('Triggers 2 code').inputValue()).toBe('config-push');
    await row.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: 'Save taxonomy' }).click();
    await page
      .getByRole('alert')
      .getByText(/"config-push" is still used by INC-\d+/)
      .waitFor();
    await saveScreenshot(page, 'rca-taxonomy-settings');
  });
});
