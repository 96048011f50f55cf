import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('a new, empty instance', () => {
  const workspace = useSignedInWorkspace();

  it('welcomes the first visitor with the demo and a way to create the first incident', async () => {
    const { page } = workspace;
    await page.goto(workspace.baseUrl);
    await page.waitForURL(/\/incidents$/);
    await page.getByRole('heading', { name: 'No incidents yet' }).waitFor();
    const create = page.getByRole('link', { name: 'Create the first incident' });
    expect(await create.getAttribute('href')).toBe('/incidents/new');
    await saveScreenshot(page, 'empty-workspace');
  });

  it('loads the demo workspace and lists its incidents', async () => {
    const { page } = workspace;
    await page.getByRole('button', { name: 'Load the demo workspace' }).click();
    // Writing the demo takes a few seconds, longer when the machine is busy with other suites.
    await page.locator('tbody tr').first().waitFor({ timeout: 50_000 });
    const { data } = await workspace.api.call('listIncidents', {});
    expect(data.total).toBeGreaterThan(1);
    expect(await page.locator('tbody tr').count()).toBe(Math.min(data.total, 25));
    await expect.poll(() => page.getByText(`of ${data.total}`).count()).toBe(1);
    await saveScreenshot(page, 'demo-incident-list');
  }, 60_000);

  it('keeps filters in the URL, so a filtered list can be shared and reloaded', async () => {
    const { page } = workspace;
    await page.getByLabel('Severity').selectOption('SEV1');
    await page.waitForURL(/severity=SEV1/);
    const { data } = await workspace.api.call('listIncidents', { query: { severity: ['SEV1'] } });
    await expect.poll(() => page.locator('tbody tr').count()).toBe(data.items.length);
    await page.reload();
    expect(await page.getByLabel('Severity').inputValue()).toBe('SEV1');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(data.items.length);

    await page.getByLabel('Search titles').fill('zzz-nothing-matches');
    await page.waitForURL(/text=zzz-nothing-matches/);
    await page.getByText('No incidents match these filters.').waitFor();
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL(/\/incidents$/);
    expect(await page.getByLabel('Search titles').inputValue()).toBe('');
  });

  it('opens a demo incident with its timeline, postmortem and actions', async () => {
    const { page } = workspace;
    await page.locator('tbody tr a').first().click();
    await page.waitForURL(/\/incidents\/INC-\d+$/);
    await page.locator('.timeline-entry').first().waitFor();
    await page.getByRole('button', { name: 'Save postmortem' }).waitFor();
    await page.getByRole('table', { name: 'Action items' }).waitFor();
    await saveScreenshot(page, 'demo-incident-page');
    expect(workspace.pageErrors).toEqual([]);
  });
});
