import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('joint postmortems in the browser', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { api } = aftermath;
      for (const title of ['Checkout errors', 'Queue backlog', 'Already written up']) {
        await api.call('createIncident', { body: { title, severity: 'SEV2' } });
      }
      await api.call('savePostmortem', {
        params: { key: 'INC-1' },
        body: { sections: { summary: 'Checkout and the queue failed together.' } },
      });
      await api.call('savePostmortem', {
        params: { key: 'INC-3' },
        body: { sections: { impact: 'Our own write-up.' } },
      });
      await api.call('createAction', {
        params: { key: 'INC-1' },
        body: { title: 'Alert on queue depth', priority: 'P1' },
      });
      const entries = [
        ['INC-1', '2026-11-20T09:10:00.000Z', 'Checkout 502s'],
        ['INC-2', '2026-11-20T09:05:00.000Z', 'Queue depth alert'],
      ] as const;
      for (const [key, at, title] of entries) {
        await api.call('addTimelineEntry', { params: { key }, body: { at, title } });
      }
    },
  });

  it('links an incident found by its title, refuses one with its own postmortem, and shows the merged timeline', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/INC-1`);
    const panel = page.getByRole('region', { name: 'Joint postmortem' });
    const input = panel.getByLabel('Link an incident');
    await input.fill('Queue');
    const suggested = page.locator('#joint-link-suggestions option');
    await expect
      .poll(async () => Promise.all((await suggested.all()).map((o) => o.getAttribute('value'))))
      .toEqual(['INC-2']);
    await input.fill('INC-2');
    await panel.getByRole('button', { name: 'Link', exact: true }).click();
    const linked = panel.getByRole('list', { name: 'Linked incidents' });
    await expect.poll(() => linked.textContent()).toContain('Queue backlog');

    await input.fill('INC-3');
    await panel.getByRole('button', { name: 'Link', exact: true }).click();
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toContain('INC-3 already has its own postmortem with content (impact)');

    await panel.getByRole('button', { name: 'Show the merged timeline' }).click();
    const merged = panel.getByRole('list', { name: 'Merged timeline' });
    await expect
      .poll(() => merged.locator('li').allTextContents())
      .toEqual([
        'INC-2 2026-11-20 09:05:00 Queue depth alert',
        'INC-1 2026-11-20 09:10:00 Checkout 502s',
      ]);
    await saveScreenshot(page, 'joint-postmortem-linked');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('shows the linked incident as covered, links back, and removes it from the joint postmortem', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/INC-2`);
    const notice = page.getByRole('status').filter({ hasText: 'Covered by joint postmortem' });
    await expect.poll(() => notice.textContent()).toContain('Covered by joint postmortem INC-1');
    const shared = page.getByRole('list', { name: 'Shared action items' });
    await expect.poll(() => shared.textContent()).toContain('P1 Alert on queue depth');
    // Covered: its postmortem is INC-1's, so it offers no start button the server would refuse.
    expect(await page.getByRole('button', { name: 'Start the postmortem' }).count()).toBe(0);
    await saveScreenshot(page, 'joint-postmortem-covered');
    await notice.getByRole('link', { name: 'INC-1' }).click();
    await expect.poll(() => page.url()).toContain('/incidents/INC-1');
    const panel = page.getByRole('region', { name: 'Joint postmortem' });
    await panel.getByRole('button', { name: 'Remove INC-2 from the joint postmortem' }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Linked incidents' }).count()).toBe(0);
    const { data } = await workspace.api.call('getJointPostmortem', { params: { key: 'INC-2' } });
    expect(data.coveredBy).toBeNull();
    expect(workspace.pageErrors).toEqual([]);
  });
});
