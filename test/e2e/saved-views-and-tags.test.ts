import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('saved views and tags on the incident list', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const create = (title: string, severity: 'SEV1' | 'SEV3', tags: string[]) =>
        aftermath.api.call('createIncident', {
          body: { title, severity, services: ['checkout-api'], tags },
        });
      await create('Primary database failover', 'SEV1', ['database']);
      await create('Replica lag on orders', 'SEV3', ['database', 'replication']);
      await create('CDN purge stuck', 'SEV1', ['cdn']);
    },
  });

  const rowTitles = () =>
    workspace.page.locator('.incidents-table tbody .title-cell .quiet-link').allTextContents();

  it('filters the list by clicking a tag chip, and saves, applies and deletes a view', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await expect.poll(rowTitles).toHaveLength(3);
    await page.getByRole('link', { name: '#database' }).first().click();
    await page.waitForURL(/\?tag=database$/);
    await expect.poll(rowTitles).toEqual(['Replica lag on orders', 'Primary database failover']);

    await page.getByLabel('Severity').selectOption('SEV1');
    await expect.poll(rowTitles).toEqual(['Primary database failover']);
    await page.getByLabel('View name').fill('Database SEV1s');
    await page.getByLabel('Share with the workspace').check();
    await page.getByRole('button', { name: 'Save view' }).click();
    const views = page.getByRole('region', { name: 'Saved views' });
    await views.getByRole('link', { name: 'Database SEV1s' }).waitFor();

    // The same name again is refused under the field, and nothing is added.
    await page.getByLabel('View name').fill('database sev1s');
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(() => page.locator('.field-error').textContent()).toContain('already used');
    const { data } = await workspace.api.call('listSavedViews', {});
    expect(data.items.map((view) => [view.name, view.shared, view.filters])).toEqual([
      ['Database SEV1s', true, { severity: 'SEV1', tag: 'database' }],
    ]);
    await saveScreenshot(page, 'incident-list-saved-view');

    await page.goto(`${workspace.baseUrl}/incidents`);
    await expect.poll(rowTitles).toHaveLength(3);
    await views.getByRole('link', { name: 'Database SEV1s' }).click();
    await page.waitForURL(/severity=SEV1&tag=database/);
    await expect.poll(rowTitles).toEqual(['Primary database failover']);

    await views.getByRole('button', { name: 'Delete view Database SEV1s' }).click();
    await expect.poll(() => views.getByRole('link').count()).toBe(0);
    expect((await workspace.api.call('listSavedViews', {})).data.items).toEqual([]);
    expect(workspace.pageErrors).toEqual([]);
  });

  it('adds and removes tags on the incident page with the keyboard', async () => {
    const { page } = workspace;
    const { data: list } = await workspace.api.call('listIncidents', { query: { text: 'CDN' } });
    const key = list.items[0]?.key ?? '';
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    const input = page.getByLabel('Add a tag');
    await input.fill('edge, purge');
    await input.press('Enter');
    const tags = page.getByRole('list', { name: 'Tags' });
    await expect
      .poll(() => tags.getByRole('link').allTextContents())
      .toEqual(['#cdn', '#edge', '#purge']);
    // Backspace in the empty field takes the last tag off; focus stays in the field.
    await input.press('Backspace');
    await expect.poll(() => tags.getByRole('link').allTextContents()).toEqual(['#cdn', '#edge']);
    expect(
      await page.evaluate<string>('document.activeElement?.getAttribute("aria-label") ?? ""'),
    ).toBe('Add a tag');
    // A tag the domain refuses says why and changes nothing.
    await input.fill('Bad Tag!');
    await input.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('lower-case');
    const { data } = await workspace.api.call('getIncident', { params: { key } });
    expect(data.tags).toEqual(['cdn', 'edge']);
    await saveScreenshot(page, 'incident-tags');
    expect(workspace.pageErrors).toEqual([]);
  });
});
