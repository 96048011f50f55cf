import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('search on the demo workspace', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      await aftermath.api.call('loadDemo', {});
    },
  });

  it('finds a past incident by typing, highlights the words and deep-links the query', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/search$/);
    // `/` focuses the box from anywhere on the page.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await page.keyboard.type('rollback');
    await page.waitForURL(/\/search\?q=rollback$/);
    const { data } = await workspace.api.call('search', { query: { q: 'rollback' } });
    expect(data.total).toBeGreaterThan(0);
    const results = page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.locator(':scope > li').count()).toBe(data.items.length);
    const first = data.items[0]!;
    await expect.poll(() => results.textContent()).toContain(first.title);
    const marks = await results.locator('mark').allTextContents();
    expect(marks.some((text) => text.toLowerCase().startsWith('rollback'))).toBe(true);
    await saveScreenshot(page, 'search-rollback');

    // The same URL opened fresh shows the same search.
    await page.goto(`${workspace.baseUrl}/search?q=rollback`);
    expect(await page.getByLabel(/Search incidents, postmortems/).inputValue()).toBe('rollback');
    await expect.poll(() => results.locator(':scope > li').count()).toBe(data.items.length);
    expect(workspace.pageErrors).toEqual([]);
  });

  it('narrows by a facet checkbox with counts, kept in the URL', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/search`);
    const { data } = await workspace.api.call('search', {});
    const severity = data.facets.severity?.[0];
    expect(severity).toBeDefined();
    const group = page.getByRole('group', { name: 'Severity' });
    const box = group.getByRole('checkbox', { name: new RegExp(`^${severity!.value}`) });
    await box.check();
    await page.waitForURL(new RegExp(`severity=${severity!.value}`));
    const results = page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.locator(':scope > li').count()).toBe(severity!.count);
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain(`${severity!.count} incident`);
    await page.getByRole('radio', { name: 'Newest first' }).check();
    await page.waitForURL(/sort=date/);
    await saveScreenshot(page, 'search-facet');
    await box.uncheck();
    await page.waitForURL(/\/search\?sort=date$/);
    expect(workspace.pageErrors).toEqual([]);
  });
});
