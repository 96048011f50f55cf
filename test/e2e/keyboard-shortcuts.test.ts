import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('keyboard shortcuts', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      await aftermath.api.call('createIncident', {
        body: { title: 'Queue backlog', severity: 'SEV3' },
      });
    },
  });

  const path = () => new URL(workspace.page.url()).pathname;

  it('moves between pages with g-sequences, n and /, but not while typing', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await page.getByRole('heading', { name: 'Incidents' }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('d');
    await expect.poll(path).toBe('/dashboards');
    await page.keyboard.press('g');
    await page.keyboard.press('i');
    await expect.poll(path).toBe('/incidents');
    await page.keyboard.press('n');
    await expect.poll(path).toBe('/incidents/new');
    // Letters typed into a field stay in the field.
    const title = page.getByLabel('Title');
    await title.focus();
    await page.keyboard.type('gin');
    expect(await title.inputValue()).toBe('gin');
    expect(path()).toBe('/incidents/new');
    await title.fill('');
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect.poll(path).toBe('/search');
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.id ?? ""'))
      .toBe('search-words');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('opens the help overlay with ?, keeps focus in it and closes it with Escape', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    const newIncident = page.getByRole('link', { name: 'New incident' });
    await newIncident.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Go to incidents');
    const focusedText = () => page.evaluate<string>('document.activeElement?.textContent ?? ""');
    expect(await focusedText()).toBe('Close');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Close');
    // The focused control shows a visible outline.
    const outline = await page.evaluate<string>(
      'getComputedStyle(document.activeElement).outlineStyle',
    );
    expect(outline).not.toBe('none');
    await saveScreenshot(page, 'keyboard-shortcuts');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedText()).toBe('New incident');
    // The header button opens the same list for those who do not know the key.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(workspace.pageErrors).toEqual([]);
  });
});
