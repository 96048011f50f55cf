import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { anEvidence, anIncident } from './factories';

describeEachDialect('evidence records', (suite) => {
  beforeEach(async () => {
    await suite.store().incidents.insert(anIncident());
  });

  it('reads back exactly what was inserted, problems and 64-bit sizes included', async () => {
    const evidence = anEvidence();
    await suite.store().evidence.insert(evidence);
    expect(await suite.store().evidence.get('ev-1')).toEqual(evidence);
  });

  it('lists an incident’s evidence by arrival, then by id', async () => {
    const { evidence, incidents } = suite.store();
    await incidents.insert(anIncident({ key: 'INC-2' }));
    await evidence.insert(anEvidence({ id: 'b', receivedAt: '2026-03-01T12:00:01.000Z' }));
    await evidence.insert(anEvidence({ id: 'c', receivedAt: '2026-03-01T12:00:00.000Z' }));
    await evidence.insert(anEvidence({ id: 'a', receivedAt: '2026-03-01T12:00:01.000Z' }));
    await evidence.insert(anEvidence({ id: 'other', incidentKey: 'INC-2' }));
    const ids = (await evidence.listByIncident('INC-1')).map((item) => item.id);
    expect(ids).toEqual(['c', 'a', 'b']);
  });

  it('rejects a duplicate id and an unknown incident', async () => {
    const { evidence } = suite.store();
    await evidence.insert(anEvidence());
    await expect(evidence.insert(anEvidence())).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      evidence.insert(anEvidence({ id: 'x', incidentKey: 'INC-9' })),
    ).rejects.toMatchObject({ code: 'not_found', message: 'No incident INC-9' });
  });
});
