import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

describeEachDialect('settings read together', (suite) => {
  it('answers the stored keys asked for, leaving out missing ones and the rest', async () => {
    const store = suite.store();
    await store.settings.set('webhooks.auth', { alertmanager: { open: true } });
    await store.settings.set('webhooks.routing', { rules: [] });
    await store.settings.set('unrelated', 1);
    await store.settings.set('stored-null', null);
    const values = await store.settings.getMany(['webhooks.auth', 'stored-null', 'missing']);
    expect([...values.entries()].sort()).toEqual([
      ['stored-null', null],
      ['webhooks.auth', { alertmanager: { open: true } }],
    ]);
    expect(await store.settings.getMany([])).toEqual(new Map());
  });
});
