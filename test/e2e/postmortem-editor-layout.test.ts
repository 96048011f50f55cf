import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

// At 1,280 px the section text sat between its comments and the timeline with under half the
// width. The timeline can now be hidden (remembered in the browser), and while it is shown the
// comments go under their section on laptop-sized screens.

/** The Summary section's share of the editor's width, in percent. */
async function textShare(page: Page): Promise<number> {
  return page.evaluate<number>(`(() => {
    const section = document.querySelector('.pm-section');
    const editor = document.querySelector('.pm-editor');
    return (100 * section.getBoundingClientRect().width) / editor.getBoundingClientRect().width;
  })()`);
}

describe.skipIf(!chromiumAvailable())('the postmortem editor at laptop and phone widths', () => {
  let key: string;
  const workspace = useSignedInWorkspace({
    timeoutMs: 240_000,
    seed: async ({ api }) => {
      const { data } = await api.call('createIncident', {
        body: { title: 'Search index lag', severity: 'SEV2' },
      });
      key = data.key;
      await api.call('addTimelineEntry', {
        params: { key },
        body: { at: '2026-11-20T09:00:00Z', kind: 'deploy', title: 'Deploy of indexer v7' },
      });
      await api.call('savePostmortem', {
        params: { key },
        body: { sections: { impact: 'Search results were 40 minutes stale.' } },
      });
      await api.call('addPostmortemComment', {
        params: { key },
        body: {
          body: 'Where is the 40 minutes from?',
          anchor: { kind: 'section', section: 'impact' },
          author: 'admin',
        },
      });
    },
  });

  it('gives the text most of a 1,280 px editor with the timeline shown, more with it hidden', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    const toggle = page.getByRole('button', { name: 'Hide timeline' });
    await toggle.waitFor({ timeout: 60_000 });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: /^Cite T1 / }).waitFor();
    await page.getByRole('complementary', { name: 'Comments on Impact' }).waitFor();
    const withTimeline = await textShare(page);
    console.log(
      `section text at 1280 px: ${withTimeline.toFixed(0)} % of the editor with the timeline shown`,
    );
    expect(withTimeline).toBeGreaterThanOrEqual(60);
    await saveScreenshot(page, 'postmortem-editor-1280-timeline');

    await toggle.click();
    const show = page.getByRole('button', { name: 'Show timeline' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.cite-timeline').count()).toBe(0);
    // Comments are beside the text again, and the text still has most of the width.
    const comments = await page
      .getByRole('complementary', { name: 'Comments on Impact' })
      .boundingBox();
    const impact = await page.getByRole('textbox', { name: 'Impact', exact: true }).boundingBox();
    expect(comments?.x ?? 0).toBeGreaterThan((impact?.x ?? 0) + (impact?.width ?? 0));
    const withoutTimeline = await textShare(page);
    console.log(
      `section text at 1280 px: ${withoutTimeline.toFixed(0)} % with the timeline hidden`,
    );
    expect(withoutTimeline).toBeGreaterThanOrEqual(60);
    await saveScreenshot(page, 'postmortem-editor-1280-no-timeline');

    // The choice survives a reload, and showing the timeline again brings Cite back.
    await page.reload();
    await show.waitFor({ timeout: 30_000 });
    await show.click();
    await page.getByRole('button', { name: /^Cite T1 / }).waitFor();
    await expectNoSeriousAxeViolations(page, 'postmortem editor with the timeline toggle');
    expect(workspace.pageErrors).toEqual([]);
  }, 120_000);

  it('stacks text, comments and timeline within a 390 px phone', async () => {
    const { page } = workspace;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    await page.getByRole('button', { name: /^Cite T1 / }).waitFor({ timeout: 60_000 });
    await saveScreenshot(page, 'postmortem-editor-390');
    // Every part of the editor fits the phone's width (its own Markdown fields scroll inside).
    const overflowing = await page.evaluate<
      string[]
    >(`[...document.querySelectorAll('.pm-editor *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
      .map((el) => el.tagName + '.' + el.className)`);
    expect(overflowing).toEqual([]);
    // Nor does any other panel of the incident page (the milestone table scrolls in its box, the RCA codes stack).
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(workspace.pageErrors).toEqual([]);
  }, 120_000);
});
