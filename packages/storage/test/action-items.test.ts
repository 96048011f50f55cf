import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { anAction, anIncident } from './factories';

describeEachDialect('action items', (suite) => {
  beforeEach(async () => {
    await suite.store().incidents.insert(anIncident());
  });

  it('reads back exactly what was inserted, links included', async () => {
    const action = anAction({ links: ['https://a.example/1', 'https://b.example/2'] });
    await suite.store().actions.insert(action);
    expect(await suite.store().actions.get('action-1')).toEqual(action);
  });

  it('lists an incident’s actions by id', async () => {
    const { actions, incidents } = suite.store();
    await incidents.insert(anIncident({ key: 'INC-2' }));
    for (const id of ['0002', '0003', '0001']) await actions.insert(anAction({ id }));
    await actions.insert(anAction({ id: '0000', incidentKey: 'INC-2' }));
    const ids = (await actions.listByIncident('INC-1')).map((action) => action.id);
    expect(ids).toEqual(['0001', '0002', '0003']);
  });

  it('rejects a duplicate id and an unknown incident', async () => {
    const { actions } = suite.store();
    await actions.insert(anAction());
    await expect(actions.insert(anAction())).rejects.toMatchObject({ code: 'conflict' });
    await expect(actions.insert(anAction({ id: 'x', incidentKey: 'INC-8' }))).rejects.toMatchObject(
      { code: 'not_found' },
    );
  });

  it('updates with the current version and refuses a stale one without changing anything', async () => {
    const { actions } = suite.store();
    await actions.insert(anAction());
    const done = anAction({ status: 'wont_do', rationale: 'Replaced by ISSUE-9', version: 2 });
    await actions.update(done, 1);
    await expect(actions.update(anAction({ title: 'Lost', version: 2 }), 1)).rejects.toMatchObject({
      code: 'version_mismatch',
    });
    expect(await actions.get('action-1')).toEqual(done);
    await expect(actions.update(anAction({ id: 'nope' }), 1)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
