import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';
import { anIncident } from './factories';

describeEachDialect('incidents', (suite) => {
  it('reads back exactly what was inserted, timestamps and nulls included', async () => {
    const incident = anIncident({
      services: ['checkout-api', 'payments-db'],
      tags: ['payments', 'customer-facing'],
      customerImpact: { description: '', usersAffected: 0, requestsAffected: 9_000_000_000 },
      commander: null,
      milestoneOrderOverride: 'pager clock skew',
    });
    await suite.store().incidents.insert(incident);
    expect(await suite.store().incidents.get('INC-1')).toEqual(incident);
  });

  it('reads each incident by its own key with labels in stored order, in a transaction too', async () => {
    const store = suite.store();
    const first = anIncident({ services: ['web', 'api'], tags: [] });
    const second = anIncident({ key: 'INC-2', services: ['api'], tags: ['z-last', 'a-first'] });
    await store.incidents.insert(first);
    await store.incidents.insert(second);
    // One compiled statement serves every key: each read must bring its own row and labels.
    expect(await store.incidents.get('INC-2')).toEqual(second);
    expect(await store.incidents.get('INC-1')).toEqual(first);
    expect(await store.transaction((tx) => tx.incidents.get('INC-2'))).toEqual(second);
    expect(await store.incidents.get('INC-3')).toBeNull();
  });

  it('returns null for an incident that does not exist', async () => {
    expect(await suite.store().incidents.get('INC-404')).toBeNull();
  });

  it('hands out increasing numbers and continues after an inserted key', async () => {
    const { incidents } = suite.store();
    expect(await incidents.nextNumber()).toBe(1);
    expect(await incidents.nextNumber()).toBe(2);
    await incidents.insert(anIncident({ key: 'INC-41' }));
    expect(await incidents.nextNumber()).toBe(42);
    await incidents.insert(anIncident({ key: 'INC-7' }));
    expect(await incidents.nextNumber()).toBe(43);
  });

  it('rejects a duplicate key with a conflict and keeps the first incident', async () => {
    const { incidents } = suite.store();
    await incidents.insert(anIncident());
    const duplicate = incidents.insert(anIncident({ title: 'Another one' }));
    await expect(duplicate).rejects.toMatchObject({
      code: 'conflict',
      message: 'The incident INC-1 already exists',
    });
    expect((await incidents.get('INC-1'))?.title).toBe('Checkout returns 502');
  });

  it('updates every field when the expected version is current', async () => {
    const { incidents } = suite.store();
    await incidents.insert(anIncident());
    const next = anIncident({
      title: 'Checkout down',
      status: 'mitigated',
      services: ['payments-db', 'checkout-api'],
      tags: [],
      milestones: { ...anIncident().milestones, mitigatedAt: '2026-03-01T12:20:00.000Z' },
      updatedAt: '2026-03-01T12:20:00.000Z',
      version: 2,
    });
    await incidents.update(next, 1);
    expect(await incidents.get('INC-1')).toEqual(next);
  });

  it('refuses a stale version and changes nothing', async () => {
    const { incidents } = suite.store();
    await incidents.insert(anIncident());
    await incidents.update(anIncident({ title: 'First edit', version: 2 }), 1);
    const stale = incidents.update(anIncident({ title: 'Lost edit', tags: [], version: 2 }), 1);
    await expect(stale).rejects.toMatchObject({
      code: 'version_mismatch',
      details: [{ path: 'If-Match', message: 'current version is 2' }],
    });
    const stored = await incidents.get('INC-1');
    expect(stored).toMatchObject({ title: 'First edit', tags: ['payments'], version: 2 });
  });

  it('reports not_found when updating an incident that does not exist', async () => {
    const update = suite.store().incidents.update(anIncident({ key: 'INC-9', version: 2 }), 1);
    await expect(update).rejects.toMatchObject({ code: 'not_found', message: 'No incident INC-9' });
  });

  it('rejects a timestamp that is not canonical UTC, naming the field, and stores nothing', async () => {
    const { incidents } = suite.store();
    const bad = anIncident({ createdAt: '2026-03-01T13:00:00+01:00' });
    await expect(incidents.insert(bad)).rejects.toMatchObject({
      code: 'validation',
      details: [{ path: 'createdAt' }],
    });
    expect(await incidents.get('INC-1')).toBeNull();
  });

  it('rejects a malformed key as a validation error', async () => {
    const insert = suite.store().incidents.insert(anIncident({ key: 'INC-0' }));
    await expect(insert).rejects.toMatchObject({ code: 'validation', details: [{ path: 'key' }] });
  });
});
