import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@aftermath/storage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aTimelineEntry, anIncident } from './factories';

describe('SQLite store on disk', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aftermath-persist-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps incidents, timeline and numbering across close and reopen', async () => {
    const first = await openStore({ kind: 'sqlite', dataDir });
    const key = `INC-${await first.incidents.nextNumber()}`;
    await first.incidents.insert(anIncident({ key }));
    await first.timeline.insert(aTimelineEntry({ incidentKey: key }));
    await first.close();

    const second = await openStore({ kind: 'sqlite', dataDir });
    try {
      expect(await second.incidents.get(key)).toEqual(anIncident({ key }));
      expect(await second.timeline.listByIncident(key)).toHaveLength(1);
      expect(await second.incidents.nextNumber()).toBe(2);
    } finally {
      await second.close();
    }
  });

  it('tolerates close being called twice', async () => {
    const store = await openStore({ kind: 'sqlite', dataDir });
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });
});
