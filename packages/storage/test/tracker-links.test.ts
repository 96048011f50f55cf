import type { ActionIssueLink } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { anAction, anIncident, t0 } from './factories';

function aLink(overrides: Partial<ActionIssueLink> = {}): ActionIssueLink {
  return {
    actionId: 'action-1',
    team: 'default',
    kind: 'github',
    ref: 'acme/api#12',
    remoteId: '12',
    url: 'https://github.example/acme/api/issues/12',
    state: 'open',
    status: 'open',
    syncedAt: t0,
    createdAt: t0,
    updatedAt: t0,
    ...overrides,
  };
}

describeEachDialect('action issue links', (suite) => {
  beforeEach(async () => {
    const { incidents, actions } = suite.store();
    await incidents.insert(anIncident());
    for (const id of ['action-1', 'action-2', 'action-3']) await actions.insert(anAction({ id }));
  });

  it('reads back what was written and replaces it on a second write', async () => {
    const { trackerLinks } = suite.store();
    await trackerLinks.upsert(aLink());
    expect(await trackerLinks.get('action-1')).toEqual(aLink());
    const closed = aLink({ state: 'done', status: 'closed', syncedAt: null });
    await trackerLinks.upsert(closed);
    expect(await trackerLinks.get('action-1')).toEqual(closed);
  });

  it('finds every action linked to one issue, and only that issue of that tracker', async () => {
    const { trackerLinks } = suite.store();
    await trackerLinks.upsert(aLink());
    await trackerLinks.upsert(aLink({ actionId: 'action-2' }));
    await trackerLinks.upsert(aLink({ actionId: 'action-3', kind: 'jira', ref: 'acme/api#12' }));
    const found = await trackerLinks.findByRef('github', 'acme/api#12');
    expect(found.map((link) => link.actionId)).toEqual(['action-1', 'action-2']);
    expect(await trackerLinks.listByActions(['action-3', 'nope'])).toHaveLength(1);
    expect(await trackerLinks.listByActions([])).toEqual([]);
  });

  it('lists unfinished links, least recently synced first, never a done one', async () => {
    const { trackerLinks } = suite.store();
    await trackerLinks.upsert(aLink({ syncedAt: '2026-03-02T00:00:00.000Z' }));
    await trackerLinks.upsert(
      aLink({ actionId: 'action-2', syncedAt: '2026-03-01T00:00:00.000Z' }),
    );
    await trackerLinks.upsert(aLink({ actionId: 'action-3', state: 'done' }));
    const unfinished = await trackerLinks.listUnfinished(10);
    expect(unfinished.map((link) => link.actionId)).toEqual(['action-2', 'action-1']);
    expect(await trackerLinks.listUnfinished(1)).toHaveLength(1);
  });

  it('removes a link once and refuses a link to an action that does not exist', async () => {
    const { trackerLinks } = suite.store();
    await trackerLinks.upsert(aLink());
    expect(await trackerLinks.remove('action-1')).toBe(true);
    expect(await trackerLinks.remove('action-1')).toBe(false);
    expect(await trackerLinks.get('action-1')).toBeNull();
    await expect(trackerLinks.upsert(aLink({ actionId: 'ghost' }))).rejects.toThrow();
    expect(await trackerLinks.get('ghost')).toBeNull();
  });
});
