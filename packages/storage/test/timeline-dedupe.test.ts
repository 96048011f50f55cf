import type { TimelineEntryWithKey } from '@aftermath/core';
import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { aTimelineEntry, anIncident } from './factories';

const keyed = (
  id: string,
  dedupeKey: string | null,
  incidentKey = 'INC-1',
): TimelineEntryWithKey => ({
  entry: aTimelineEntry({ id, incidentKey, title: `entry ${id}` }),
  dedupeKey,
});

describeEachDialect('timeline de-duplication', (suite) => {
  beforeEach(async () => {
    await suite.store().incidents.insert(anIncident());
  });

  it('adds new keys, skips keys the incident has seen, and always adds keyless entries', async () => {
    const { timeline } = suite.store();
    expect(await timeline.insertMany([keyed('a', 'k1'), keyed('b', 'k2')])).toEqual({
      added: 2,
      duplicates: 0,
    });
    const second = await timeline.insertMany([
      keyed('c', 'k1'),
      keyed('d', 'k3'),
      keyed('e', null),
    ]);
    expect(second).toEqual({ added: 2, duplicates: 1 });
    const titles = (await timeline.listByIncident('INC-1')).map((entry) => entry.id).sort();
    expect(titles).toEqual(['a', 'b', 'd', 'e']);
  });

  it('counts a key repeated within one call once, keeping the first entry', async () => {
    const { timeline } = suite.store();
    const result = await timeline.insertMany([keyed('a', 'same'), keyed('b', 'same')]);
    expect(result).toEqual({ added: 1, duplicates: 1 });
    expect((await timeline.listByIncident('INC-1')).map((entry) => entry.id)).toEqual(['a']);
  });

  it('keeps keys per incident: the same key lands once in each', async () => {
    const { timeline, incidents } = suite.store();
    await incidents.insert(anIncident({ key: 'INC-2' }));
    await timeline.insertMany([keyed('a', 'k')]);
    expect(await timeline.insertMany([keyed('b', 'k', 'INC-2')])).toEqual({
      added: 1,
      duplicates: 0,
    });
  });

  it('remembers the key of a deleted entry, so a re-import does not bring it back', async () => {
    const { timeline } = suite.store();
    await timeline.insertMany([keyed('a', 'k')]);
    await timeline.delete('a', 1);
    expect(await timeline.insertMany([keyed('b', 'k')])).toEqual({ added: 0, duplicates: 1 });
    expect(await timeline.listByIncident('INC-1')).toEqual([]);
  });

  it('inserts more entries than one statement holds', async () => {
    const { timeline } = suite.store();
    const many = Array.from({ length: 1201 }, (_, i) => keyed(`e${i}`, `k${i % 1100}`));
    expect(await timeline.insertMany(many)).toEqual({ added: 1100, duplicates: 101 });
    expect(await timeline.listByIncident('INC-1')).toHaveLength(1100);
  });

  it('writes nothing when the incident does not exist, and inside a failed transaction', async () => {
    const store = suite.store();
    await expect(store.timeline.insertMany([keyed('a', 'k', 'INC-9')])).rejects.toMatchObject({
      code: 'not_found',
    });
    const failing = store.transaction(async (tx) => {
      await tx.timeline.insertMany([keyed('a', 'k')]);
      throw new Error('importer failed');
    });
    await expect(failing).rejects.toThrow('importer failed');
    expect(await store.timeline.insertMany([keyed('b', 'k')])).toEqual({ added: 1, duplicates: 0 });
  });
});
