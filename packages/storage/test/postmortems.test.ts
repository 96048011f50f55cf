import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { aPostmortem, anIncident } from './factories';

describeEachDialect('postmortems', (suite) => {
  beforeEach(async () => {
    await suite.store().incidents.insert(anIncident());
  });

  it('reads back exactly what was inserted, every section included', async () => {
    const postmortem = aPostmortem();
    await suite.store().postmortems.insert(postmortem);
    expect(await suite.store().postmortems.get('INC-1')).toEqual(postmortem);
  });

  it('keeps the coded root-cause analysis, factors and why chains included', async () => {
    const rca = {
      trigger: 'config-push',
      rootCauses: ['configuration', 'development-process'],
      factors: [
        { id: 'f1', category: 'detection' as const, description: 'Late alert', entryIds: ['e-1'] },
      ],
      whys: [
        {
          id: 'w1',
          problem: 'Payments failed',
          links: [
            {
              why: 'Why?',
              answer: 'The pool was too small — 20 instead of 200 ✓',
              evidence: [{ entryId: 'e-1' }, { evidenceId: 'ev-1', locator: ':14' }],
            },
          ],
        },
      ],
    };
    const { postmortems } = suite.store();
    await postmortems.insert(aPostmortem({ rca }));
    expect((await postmortems.get('INC-1'))?.rca).toEqual(rca);
    const cleared = aPostmortem({ version: 2 });
    await postmortems.update(cleared, 1);
    expect((await postmortems.get('INC-1'))?.rca).toEqual(cleared.rca);
  });

  it('lists every analysis by incident key for taxonomy checks', async () => {
    const { incidents, postmortems } = suite.store();
    await incidents.insert(anIncident({ key: 'INC-2' }));
    await postmortems.insert(
      aPostmortem({ incidentKey: 'INC-2', rca: { ...aPostmortem().rca, trigger: 'data' } }),
    );
    await postmortems.insert(aPostmortem());
    expect(await postmortems.listAnalyses()).toEqual([
      { incidentKey: 'INC-1', rca: aPostmortem().rca },
      { incidentKey: 'INC-2', rca: { ...aPostmortem().rca, trigger: 'data' } },
    ]);
  });

  it('returns null when the incident has no postmortem yet', async () => {
    expect(await suite.store().postmortems.get('INC-1')).toBeNull();
  });

  it('allows one postmortem per incident', async () => {
    const { postmortems } = suite.store();
    await postmortems.insert(aPostmortem());
    await expect(postmortems.insert(aPostmortem({ owner: 'kim' }))).rejects.toMatchObject({
      code: 'conflict',
      message: 'The postmortem of INC-1 already exists',
    });
    expect((await postmortems.get('INC-1'))?.owner).toBe('erin');
  });

  it('refuses a postmortem for an incident that does not exist', async () => {
    const insert = suite.store().postmortems.insert(aPostmortem({ incidentKey: 'INC-5' }));
    await expect(insert).rejects.toMatchObject({ code: 'not_found' });
  });

  it('updates sections and status with the current version', async () => {
    const { postmortems } = suite.store();
    await postmortems.insert(aPostmortem());
    const next = aPostmortem({
      status: 'in_review',
      sections: { ...aPostmortem().sections, summary: '', rootCauses: 'A config push.\n\n- x' },
      updatedAt: '2026-03-02T09:00:00.000Z',
      version: 2,
    });
    await postmortems.update(next, 1);
    expect(await postmortems.get('INC-1')).toEqual(next);
  });

  it('refuses a stale version and leaves the sections as they were', async () => {
    const { postmortems } = suite.store();
    await postmortems.insert(aPostmortem());
    const stale = aPostmortem({
      sections: { ...aPostmortem().sections, summary: 'overwritten' },
      version: 3,
    });
    await expect(postmortems.update(stale, 2)).rejects.toMatchObject({
      code: 'version_mismatch',
    });
    expect(await postmortems.get('INC-1')).toEqual(aPostmortem());
  });

  it('reports not_found when updating a postmortem that does not exist', async () => {
    await expect(suite.store().postmortems.update(aPostmortem(), 1)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
