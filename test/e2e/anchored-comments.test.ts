import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('comments on a timeline entry and an action', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { api } = aftermath;
      await api.call('setNotificationTarget', {
        params: { name: 'team-chat' },
        body: {
          type: 'slack',
          events: ['comment_mention'],
          url: 'https://chat.example.test/hooks/T1',
        },
      });
      await api.call('createIncident', { body: { title: 'Queue backlog', severity: 'SEV3' } });
      await api.call('addTimelineEntry', {
        params: { key: 'INC-1' },
        body: { at: '2026-11-20T09:00:00Z', kind: 'alert', title: 'Consumer lag above 10 min' },
      });
      await api.call('createAction', {
        params: { key: 'INC-1' },
        body: { title: 'Alert on consumer lag' },
      });
      await api.call('savePostmortem', {
        params: { key: 'INC-1' },
        body: { sections: { summary: 'A backlog built up.' } },
      });
    },
  });

  it('starts threads on an entry and an action; a mention queues a notification', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/INC-1`);
    const panel = page.getByRole('region', { name: 'Comments on the timeline and actions' });
    await expect.poll(() => panel.textContent()).toContain('No comments on entries or actions');
    const target = panel.getByLabel('Comment on', { exact: true });
    const form = (label: string) => panel.getByRole('group', { name: `New comment on ${label}` });
    await target.selectOption({ label: 'Timeline 2026-11-20 09:00: Consumer lag above 10 min' });
    const entry = form('Timeline 2026-11-20 09:00: Consumer lag above 10 min');
    await entry.getByRole('textbox').fill('@bo was this the first alert?');
    await entry.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(() => panel.textContent()).toContain('was this the first alert?');
    await target.selectOption({ label: 'Action: Alert on consumer lag' });
    const action = form('Action: Alert on consumer lag');
    await action.getByRole('textbox').fill('Which threshold?');
    await action.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(() => panel.textContent()).toContain('Which threshold?');
    expect(await panel.textContent()).toContain('was this the first alert?');

    const { data } = await workspace.api.call('listPostmortemComments', {
      params: { key: 'INC-1' },
    });
    expect(data.items.map((c) => [c.anchor.kind, c.mentions])).toEqual([
      ['timeline', ['bo']],
      ['action', []],
    ]);
    const log = await workspace.api.call('listNotificationDeliveries', { query: {} });
    expect(log.data.items.map((d) => d.event)).toEqual(['comment_mention']);
    expect(workspace.pageErrors).toEqual([]);
  });
});
