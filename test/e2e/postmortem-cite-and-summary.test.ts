import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

// The postmortem editor's timeline beside the text (drag an entry in, or press Cite at the
// cursor) and the executive summary stakeholders get, read again as sections are saved.

describe.skipIf(!chromiumAvailable())('citing timeline entries and the executive summary', () => {
  let key: string;
  const entryIds: string[] = [];
  const workspace = useSignedInWorkspace({
    timeoutMs: 240_000,
    seed: async (aftermath) => {
      const { api } = aftermath;
      const { data } = await api.call('createIncident', {
        body: { title: 'Checkout errors', severity: 'SEV2' },
      });
      key = data.key;
      for (const [at, title] of [
        ['2026-11-20T09:00:00Z', 'Deploy of payments v42'],
        ['2026-11-20T09:04:00Z', 'Alert: checkout 5xx above 5 %'],
      ] as const) {
        const entry = await api.call('addTimelineEntry', {
          params: { key },
          body: { at, kind: at.endsWith('00:00Z') ? 'deploy' : 'alert', title },
        });
        entryIds.push(entry.data.id);
      }
      await api.call('savePostmortem', {
        params: { key },
        body: {
          sections: {
            impact: 'Checkout failed for 12 % of requests.',
            trigger: 'A deploy removed the payment host.',
          },
        },
      });
    },
  });

  it('cites an entry at the cursor from the keyboard and links to it in the preview', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    const summary = page.getByRole('textbox', { name: 'Summary', exact: true });
    // The first page of a fresh build can take long on a loaded machine.
    await summary.waitFor({ timeout: 60_000 });
    await summary.fill('The alert  fired four minutes after the deploy.');
    // The caret between the two spaces after "alert".
    await summary.press('Control+Home');
    for (let step = 0; step < 10; step++) await summary.press('ArrowRight');
    const cite = page.getByRole('button', { name: /^Cite T2 .* at the cursor in Summary$/ });
    await cite.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => summary.inputValue())
      .toBe(`The alert [T2](#entry-${entryIds[1]}) fired four minutes after the deploy.`);
    // Focus is back in the text, just after the citation, so writing goes on there.
    await page.keyboard.type('(');
    await expect
      .poll(() => summary.inputValue())
      .toBe(`The alert [T2](#entry-${entryIds[1]})( fired four minutes after the deploy.`);
    await page.keyboard.press('Backspace');
    const link = page.getByRole('group', { name: 'Summary preview' }).getByRole('link', {
      name: 'T2',
    });
    expect(await link.getAttribute('href')).toBe(`#entry-${entryIds[1]}`);
    await link.click();
    await expect.poll(() => page.evaluate('location.hash')).toBe(`#entry-${entryIds[1]}`);
    await expect.poll(() => page.locator(`[id="entry-${entryIds[1]}"]`).isVisible()).toBe(true);
  });

  it('drops a dragged entry into the section it lands on', async () => {
    const { page } = workspace;
    const lessons = page.getByRole('textbox', { name: 'Lessons learned', exact: true });
    // The drag as the browser reports it (dragstart on the entry, drop on the text): synthetic
    // events carry the entry's drag data, and the editor puts the citation where it lands.
    const dataTransfer = await page.evaluateHandle('new DataTransfer()');
    await page.locator('.cite-entry').first().dispatchEvent('dragstart', { dataTransfer });
    const box = await lessons.boundingBox();
    await lessons.dispatchEvent('drop', {
      dataTransfer,
      clientX: (box?.x ?? 0) + 5,
      clientY: (box?.y ?? 0) + 5,
    });
    await expect.poll(() => lessons.inputValue()).toContain(`[T1](#entry-${entryIds[0]})`);
    await page.getByRole('button', { name: 'Save postmortem' }).click();
    await page.getByText('All changes saved.').waitFor();
    const saved = await workspace.api.call('getPostmortem', { params: { key } });
    expect(saved.data.sections.summary).toContain(`[T2](#entry-${entryIds[1]})`);
    expect(saved.data.sections.lessons).toContain(`[T1](#entry-${entryIds[0]})`);
    await saveScreenshot(page, 'postmortem-cite-timeline');
  });

  it('shows the executive summary, follows a saved change and copies it', async () => {
    const { page } = workspace;
    await workspace.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: workspace.baseUrl,
    });
    const panel = page.getByRole('region', { name: 'Executive summary' });
    await panel.getByText('Checkout failed for 12 % of requests.').waitFor();
    await panel.getByText('A deploy removed the payment host.').waitFor();
    const impact = page.getByRole('textbox', { name: 'Impact', exact: true });
    await impact.fill('Checkout failed for 30 % of requests for an hour.');
    await page.getByRole('button', { name: 'Save postmortem' }).click();
    await panel.getByText('Checkout failed for 30 % of requests for an hour.').waitFor();
    await panel.getByRole('button', { name: 'Copy the summary' }).click();
    await panel.getByText('Copied: paste it into your update.').waitFor();
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(copied).toContain('Impact: Checkout failed for 30 % of requests for an hour.');
    expect(copied).toContain('Cause: A deploy removed the payment host.');
    await expectNoSeriousAxeViolations(page, 'postmortem editor with citations');
    await saveScreenshot(page, 'postmortem-executive-summary');
  });
});
