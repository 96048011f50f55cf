import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('two people editing the same incident', () => {
  let key: string;
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { data } = await aftermath.api.call('createIncident', {
        body: { title: 'Search latency doubled', severity: 'SEV2', services: ['search-api'] },
      });
      key = data.key;
      await aftermath.api.call('savePostmortem', {
        params: { key },
        body: { sections: { summary: 'First draft.' } },
      });
    },
  });

  it('refuses a stale postmortem save, keeps the typed text, and shows the latest beside it', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    const summary = page.getByRole('textbox', { name: 'Summary' });
    await expect.poll(() => summary.inputValue()).toBe('First draft.');
    await summary.fill('My careful rewrite of the summary.');

    const current = await workspace.api.call('getPostmortem', { params: { key } });
    await workspace.api.call('savePostmortem', {
      params: { key },
      body: { sections: { summary: 'Their rewrite, saved first.' } },
      ifMatch: current.etag ?? '',
    });

    await page.getByRole('button', { name: 'Save postmortem' }).click();
    await page.getByText('Someone else changed this postmortem while you were editing.').waitFor();
    expect(await summary.inputValue()).toBe('My careful rewrite of the summary.');

    await page.getByRole('button', { name: 'Load the latest version next to mine' }).click();
    const latest = page.getByRole('region', { name: 'Latest saved Summary' });
    await latest.getByText('Their rewrite, saved first.').waitFor();
    expect(await summary.inputValue()).toBe('My careful rewrite of the summary.');
    await saveScreenshot(page, 'postmortem-conflict');

    await page.getByRole('button', { name: 'Save postmortem' }).click();
    await page.getByText('All changes saved.').waitFor();
    const saved = await workspace.api.call('getPostmortem', { params: { key } });
    expect(saved.data.sections.summary).toBe('My careful rewrite of the summary.');
  });

  it('refuses a stale milestone save and keeps the time the person entered', async () => {
    const { page } = workspace;
    const detected = page.getByLabel('Detected');
    await detected.fill('2026-03-01T10:15:30');

    const current = await workspace.api.call('getIncident', { params: { key } });
    await workspace.api.call('updateIncident', {
      params: { key },
      body: { commander: 'someone-else' },
      ifMatch: current.etag ?? '',
    });

    await page.getByRole('button', { name: 'Save milestones' }).click();
    await page.getByText('Someone else changed this incident while you were editing.').waitFor();
    expect(await detected.inputValue()).toBe('2026-03-01T10:15:30');

    await page.getByRole('button', { name: 'Load the latest version next to mine' }).click();
    await page.getByText('someone-else').waitFor();
    await page.getByRole('button', { name: 'Save milestones' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    const saved = await workspace.api.call('getIncident', { params: { key } });
    expect(saved.data.milestones.detectedAt).toBe('2026-03-01T09:15:30.000Z');
    expect(saved.data.commander).toBe('someone-else');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('asks before an in-app link or the Back button drops unsaved text', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await page.getByRole('link', { name: key, exact: true }).click();
    const impact = page.getByRole('textbox', { name: 'Impact', exact: true });
    await impact.fill('Half of searches took over 2 s.');
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Incidents' })
      .click();
    await expect.poll(() => asked.length).toBe(1);
    await page.evaluate('history.back()');
    await expect.poll(() => asked.length).toBe(2);

    expect(asked[1]).toMatch(/unsaved changes/);
    await expect.poll(() => page.url()).toBe(`${workspace.baseUrl}/incidents/${key}`);
    expect(await impact.inputValue()).toBe('Half of searches took over 2 s.');
  });
});
