import {
  computeMetrics,
  createAction,
  createIdGenerator,
  createIncident,
  linkIncidents,
  recordPostmortemPublished,
  savePostmortem,
  type Context,
} from '@aftermath/core';
import { createActionItemInput, createIncidentInput, systemPrincipal } from '@aftermath/domain';
import { openTestStore, type TestStore } from '@aftermath/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Metrics of a joint postmortem on real storage: each covered incident's postmortem lag runs to
// the joint publication; the shared action items belong to the primary and count once.

const now = new Date('2026-11-01T00:00:00.000Z');

describe('metrics of a joint postmortem', () => {
  let store: TestStore;
  let ctx: Context;
  beforeAll(async () => {
    store = await openTestStore('sqlite');
    ctx = { store, clock: () => now, newId: createIdGenerator() };
    const resolvedAt = ['2026-10-01T00:00:00.000Z', '2026-10-02T00:00:00.000Z'];
    for (const [index, resolved] of resolvedAt.entries()) {
      const input = createIncidentInput.parse({
        title: `Outage part ${index + 1}`,
        severity: 'SEV2',
        milestones: { impactStartedAt: '2026-09-30T23:00:00.000Z', resolvedAt: resolved },
      });
      await createIncident(ctx, systemPrincipal, input);
    }
    await savePostmortem(ctx, systemPrincipal, 'INC-1', null, { sections: { summary: 'Both.' } });
    await linkIncidents(ctx, systemPrincipal, 'INC-1', { keys: ['INC-2'] });
    const action = { title: 'Add a queue depth alert', dueDate: '2026-10-20', status: 'done' };
    await createAction(ctx, systemPrincipal, 'INC-1', createActionItemInput.parse(action));
    // The joint postmortem's first publication, as the `published` transition records it.
    await store.transaction((tx) =>
      recordPostmortemPublished(tx, 'INC-1', '2026-10-05T00:00:00.000Z'),
    );
  });
  afterAll(async () => {
    await store.close();
  });

  it('measures every covered incident to the joint publication and counts shared actions once', async () => {
    const metrics = await computeMetrics(ctx, systemPrincipal, {});
    // INC-1: 4 days to publication; INC-2 (resolved a day later): 3 days.
    expect(metrics.postmortemLag).toMatchObject({ n: 2, median: 3.5 * 86_400 });
    expect(metrics.actionClosure).toMatchObject({ n: 1 });
  });

  it('stops measuring an incident once it is unlinked (it has no publication of its own)', async () => {
    await store.postmortemLinks.remove('INC-2');
    const metrics = await computeMetrics(ctx, systemPrincipal, {});
    expect(metrics.postmortemLag).toMatchObject({ n: 1, median: 4 * 86_400 });
  });
});
