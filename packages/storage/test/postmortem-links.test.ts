import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { anIncident, t0 } from './factories';

describeEachDialect('joint postmortem links', (suite) => {
  beforeEach(async () => {
    for (const key of ['INC-1', 'INC-2', 'INC-3']) {
      await suite.store().incidents.insert(anIncident({ key }));
    }
  });

  it('covers an incident by one postmortem at most, lists them by primary and unlinks', async () => {
    const { postmortemLinks } = suite.store();
    const link = { primaryKey: 'INC-1', linkedBy: 'ana', linkedAt: t0 };
    expect(await postmortemLinks.add('INC-3', link)).toBe(true);
    expect(await postmortemLinks.add('INC-2', link)).toBe(true);
    expect(await postmortemLinks.add('INC-2', { ...link, primaryKey: 'INC-3' })).toBe(false);
    expect(await postmortemLinks.get('INC-2')).toEqual({ incidentKey: 'INC-2', ...link });
    expect(await postmortemLinks.get('INC-1')).toBeNull();
    expect((await postmortemLinks.listByPrimary('INC-1')).map((l) => l.incidentKey)).toEqual([
      'INC-2',
      'INC-3',
    ]);
    expect((await postmortemLinks.list()).map((l) => `${l.incidentKey}<${l.primaryKey}`)).toEqual([
      'INC-2<INC-1',
      'INC-3<INC-1',
    ]);
    expect(await postmortemLinks.remove('INC-2')).toBe(true);
    expect(await postmortemLinks.remove('INC-2')).toBe(false);
    expect((await postmortemLinks.listByPrimary('INC-1')).map((l) => l.incidentKey)).toEqual([
      'INC-3',
    ]);
  });

  it('refuses a link to an unknown incident and records every link in the audit log', async () => {
    const store = suite.store();
    const link = { primaryKey: 'INC-1', linkedBy: 'ana', linkedAt: t0 };
    await expect(store.postmortemLinks.add('INC-9', link)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      store.postmortemLinks.add('INC-2', { ...link, primaryKey: 'INC-9' }),
    ).rejects.toThrow();
    expect(await store.postmortemLinks.get('INC-2')).toBeNull();
    await store.postmortemLinks.add('INC-2', link);
    await store.postmortemLinks.remove('INC-2');
    const records = await store.audit.list({ after: 0, limit: 100 });
    const actions = records.map((record) => `${record.action} ${record.target}`);
    expect(actions).toEqual(
      expect.arrayContaining(['postmortemLinks.add INC-2', 'postmortemLinks.remove INC-2']),
    );
  });
});
