import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';
import { aTimelineEntry, anIncident } from './factories';

describeEachDialect('transactions', (suite) => {
  it('keeps everything work wrote when it succeeds', async () => {
    const store = suite.store();
    const key = await store.transaction(async (tx) => {
      const incident = anIncident({ key: `INC-${await tx.incidents.nextNumber()}` });
      await tx.incidents.insert(incident);
      await tx.timeline.insert(aTimelineEntry());
      return incident.key;
    });
    expect(key).toBe('INC-1');
    expect(await store.timeline.listByIncident('INC-1')).toHaveLength(1);
  });

  it('leaves nothing behind when work throws, not even the reserved number', async () => {
    const store = suite.store();
    const failing = store.transaction(async (tx) => {
      await tx.incidents.insert(anIncident({ key: `INC-${await tx.incidents.nextNumber()}` }));
      await tx.timeline.insert(aTimelineEntry());
      await tx.settings.set('touched', true);
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await store.incidents.get('INC-1')).toBeNull();
    expect(await store.timeline.get('entry-1')).toBeNull();
    expect(await store.settings.get('touched')).toBeUndefined();
    expect(await store.incidents.nextNumber()).toBe(1);
  });

  it('rolls back the first writes when a later write in the same work fails', async () => {
    const store = suite.store();
    await store.incidents.insert(anIncident({ key: 'INC-1' }));
    const failing = store.transaction(async (tx) => {
      await tx.incidents.insert(anIncident({ key: 'INC-2' }));
      await tx.incidents.insert(anIncident({ key: 'INC-1' }));
    });
    await expect(failing).rejects.toMatchObject({ code: 'conflict' });
    expect(await store.incidents.get('INC-2')).toBeNull();
  });

  it('joins a nested transaction to the outer one, so an outer failure undoes both', async () => {
    const store = suite.store();
    const failing = store.transaction(async (outer) => {
      await outer.incidents.insert(anIncident({ key: 'INC-1' }));
      await store.transaction(async (inner) => {
        expect(await inner.incidents.get('INC-1')).not.toBeNull();
        await inner.incidents.insert(anIncident({ key: 'INC-2' }));
      });
      throw new Error('after the nested transaction');
    });
    await expect(failing).rejects.toThrow('after the nested transaction');
    expect((await store.incidents.list({ limit: 10, offset: 0 })).total).toBe(0);
  });

  it('lets work reach for the store itself without deadlocking, seeing its own writes', async () => {
    const store = suite.store();
    const seen = await store.transaction(async (tx) => {
      await tx.incidents.insert(anIncident());
      return store.incidents.get('INC-1');
    });
    expect(seen?.key).toBe('INC-1');
  });

  it('never hands out the same number twice to concurrent callers', async () => {
    const store = suite.store();
    const numbers = await Promise.all(
      Array.from({ length: 20 }, () => store.incidents.nextNumber()),
    );
    expect(new Set(numbers).size).toBe(20);
    expect(Math.max(...numbers)).toBe(20);
  });

  it('creates distinct incidents from concurrent transactions', async () => {
    const store = suite.store();
    const keys = await Promise.all(
      Array.from({ length: 8 }, () =>
        store.transaction(async (tx) => {
          const key = `INC-${await tx.incidents.nextNumber()}`;
          await tx.incidents.insert(anIncident({ key }));
          return key;
        }),
      ),
    );
    expect(new Set(keys).size).toBe(8);
    expect((await store.incidents.list({ limit: 50, offset: 0 })).total).toBe(8);
  });

  it('answers a ping and names its backend', async () => {
    const store = suite.store();
    await expect(store.ping()).resolves.toBeUndefined();
    expect(store.backend).toBe(suite.dialect);
  });
});
