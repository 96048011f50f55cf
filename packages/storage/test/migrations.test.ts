import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateStore, migrations, openStore } from '@aftermath/storage';
import { describeEachDialect } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anIncident } from './factories';

describeEachDialect('migrations', (suite) => {
  it('applies nothing when the migrated database is opened again, and keeps its data', async () => {
    await suite.store().incidents.insert(anIncident());
    const again = await suite.store().openAgain();
    try {
      expect(again.applied).toEqual([]);
      expect((await again.store.incidents.get('INC-1'))?.title).toBe('Checkout returns 502');
    } finally {
      await again.store.close();
    }
  });
});

describe('migrateStore on SQLite', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'aftermath-migrate-')), 'nested', 'data');
  });
  afterEach(async () => {
    await rm(join(dataDir, '..', '..'), { recursive: true, force: true });
  });

  it('creates the folder, applies every migration once, then reports nothing to do', async () => {
    const first = await migrateStore({ kind: 'sqlite', dataDir });
    expect(first.applied).toEqual(Object.keys(migrations).sort());
    expect(await migrateStore({ kind: 'sqlite', dataDir })).toEqual({ applied: [] });
    const store = await openStore({ kind: 'sqlite', dataDir, migrate: false });
    try {
      expect(await store.incidents.nextNumber()).toBe(1);
    } finally {
      await store.close();
    }
  });
});
