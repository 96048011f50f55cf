import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { aTimelineEntry, anIncident } from './factories';

describeEachDialect('timeline entries', (suite) => {
  beforeEach(async () => {
    await suite.store().incidents.insert(anIncident());
  });

  it('reads back exactly what was inserted, evidence reference included', async () => {
    const entry = aTimelineEntry();
    await suite.store().timeline.insert(entry);
    expect(await suite.store().timeline.get('entry-1')).toEqual(entry);
  });

  it('keeps a null evidence reference null', async () => {
    const entry = aTimelineEntry({ evidence: null, pinned: false, zoneAssumed: true });
    await suite.store().timeline.insert(entry);
    expect(await suite.store().timeline.get('entry-1')).toEqual(entry);
  });

  it('lists an incident’s entries by time, then by id', async () => {
    const { timeline, incidents } = suite.store();
    await incidents.insert(anIncident({ key: 'INC-2' }));
    await timeline.insert(aTimelineEntry({ id: 'b', at: '2026-03-01T12:00:01.000Z' }));
    await timeline.insert(aTimelineEntry({ id: 'c', at: '2026-03-01T12:00:00.000Z' }));
    await timeline.insert(aTimelineEntry({ id: 'a', at: '2026-03-01T12:00:01.000Z' }));
    await timeline.insert(aTimelineEntry({ id: 'other', incidentKey: 'INC-2' }));
    const ids = (await timeline.listByIncident('INC-1')).map((entry) => entry.id);
    expect(ids).toEqual(['c', 'a', 'b']);
  });

  it('rejects a duplicate id with a conflict', async () => {
    const { timeline } = suite.store();
    await timeline.insert(aTimelineEntry());
    await expect(timeline.insert(aTimelineEntry({ title: 'again' }))).rejects.toMatchObject({
      code: 'conflict',
      message: 'The timeline entry entry-1 already exists',
    });
  });

  it('refuses an entry for an incident that does not exist', async () => {
    const insert = suite.store().timeline.insert(aTimelineEntry({ incidentKey: 'INC-99' }));
    await expect(insert).rejects.toMatchObject({
      code: 'not_found',
      message: 'No incident INC-99',
    });
  });

  it('updates with the current version and refuses a stale one without changing anything', async () => {
    const { timeline } = suite.store();
    await timeline.insert(aTimelineEntry());
    const edited = aTimelineEntry({ title: 'Edited', at: '2026-03-01T11:59:00.000Z', version: 2 });
    await timeline.update(edited, 1);
    const stale = timeline.update(aTimelineEntry({ title: 'Lost', version: 2 }), 1);
    await expect(stale).rejects.toMatchObject({ code: 'version_mismatch' });
    expect(await timeline.get('entry-1')).toEqual(edited);
  });

  it('deletes only with the current version', async () => {
    const { timeline } = suite.store();
    await timeline.insert(aTimelineEntry());
    await expect(timeline.delete('entry-1', 7)).rejects.toMatchObject({ code: 'version_mismatch' });
    expect(await timeline.get('entry-1')).not.toBeNull();
    await timeline.delete('entry-1', 1);
    expect(await timeline.get('entry-1')).toBeNull();
  });

  it('reports not_found for updating or deleting a missing entry', async () => {
    const { timeline } = suite.store();
    await expect(timeline.update(aTimelineEntry({ id: 'gone' }), 1)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(timeline.delete('gone', 1)).rejects.toMatchObject({ code: 'not_found' });
  });
});
