import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';
import { anIncident } from './factories';

describeEachDialect('incident recurrence links', (suite) => {
  it('stores and clears the incident an incident repeats', async () => {
    const { incidents } = suite.store();
    await incidents.insert(anIncident({ key: 'INC-1' }));
    await incidents.insert(anIncident({ key: 'INC-2', recurrenceOf: 'INC-1' }));
    expect((await incidents.get('INC-2'))?.recurrenceOf).toBe('INC-1');
    const linked = await incidents.get('INC-2');
    if (!linked) throw new Error('INC-2 missing');
    await incidents.update({ ...linked, recurrenceOf: null, version: 2 }, 1);
    expect(await incidents.get('INC-2')).toMatchObject({ recurrenceOf: null, version: 2 });
  });

  it('refuses a link to an incident that is not stored', async () => {
    const { incidents } = suite.store();
    await expect(
      incidents.insert(anIncident({ key: 'INC-3', recurrenceOf: 'INC-99' })),
    ).rejects.toThrow();
    expect(await incidents.get('INC-3')).toBeNull();
  });
});
