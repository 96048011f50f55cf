import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('postmortem templates per incident type', () => {
  const workspace = useSignedInWorkspace();

  async function startPostmortem(type: 'security' | 'data-loss'): Promise<string> {
    const { data } = await workspace.api.call('createIncident', {
      body: { title: `A ${type} incident`, severity: 'SEV3', type },
    });
    await workspace.api.call('savePostmortem', { params: { key: data.key }, body: {} });
    return data.key;
  }

  it('starts a new postmortem with the sections its incident type was given in settings', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/settings/postmortem-templates`);
    const type = page.getByLabel('Incident type');
    await type.selectOption('security');
    await page
      .getByRole('textbox', { name: 'Summary', exact: true })
      .fill('## Exposure\nWho could read what?');
    await type.selectOption('data-loss');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Summary', exact: true }).inputValue())
      .toBe('');
    await page.getByRole('textbox', { name: 'Impact', exact: true }).fill('- Records lost:');
    await page.getByRole('button', { name: 'Save templates' }).click();
    await expect.poll(() => page.getByText('Templates saved.').count()).toBe(1);
    await saveScreenshot(page, 'postmortem-templates-settings');

    const security = await startPostmortem('security');
    const dataLoss = await startPostmortem('data-loss');

    await page.goto(`${workspace.baseUrl}/incidents/${security}`);
    const summary = page.getByRole('textbox', { name: 'Summary', exact: true });
    await expect.poll(() => summary.inputValue()).toBe('## Exposure\nWho could read what?');
    expect(await page.getByRole('textbox', { name: 'Impact', exact: true }).inputValue()).toBe('');

    await page.goto(`${workspace.baseUrl}/incidents/${dataLoss}`);
    const impact = page.getByRole('textbox', { name: 'Impact', exact: true });
    await expect.poll(() => impact.inputValue()).toBe('- Records lost:');
    expect(await page.getByRole('textbox', { name: 'Summary', exact: true }).inputValue()).toBe('');
  });
});
