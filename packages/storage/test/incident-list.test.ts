import type { IncidentFilter } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { anIncident } from './factories';

const page = (filter: Partial<IncidentFilter> = {}): IncidentFilter => ({
  limit: 50,
  offset: 0,
  ...filter,
});

describeEachDialect('incident list', (suite) => {
  beforeEach(async () => {
    const { incidents } = suite.store();
    await incidents.insert(
      anIncident({ key: 'INC-1', title: 'Checkout 502s', services: ['checkout-api'] }),
    );
    await incidents.insert(
      anIncident({
        key: 'INC-2',
        title: 'Search latency',
        severity: 'SEV3',
        status: 'resolved',
        services: ['search', 'checkout-api-v2'],
      }),
    );
    await incidents.insert(
      anIncident({
        key: 'INC-3',
        title: 'Ärger mit DNS: 100% loss',
        severity: 'SEV1',
        services: [],
      }),
    );
    await incidents.insert(
      anIncident({ key: 'INC-10', title: 'Disk full', status: 'closed', services: ['search'] }),
    );
  });

  const keysOf = async (filter: Partial<IncidentFilter>) => {
    const result = await suite.store().incidents.list(page(filter));
    return { keys: result.items.map((incident) => incident.key), total: result.total };
  };

  it('lists newest number first with the total', async () => {
    expect(await keysOf({})).toEqual({ keys: ['INC-10', 'INC-3', 'INC-2', 'INC-1'], total: 4 });
  });

  it('pages with limit and offset while the total counts every match', async () => {
    expect(await keysOf({ limit: 2, offset: 1 })).toEqual({ keys: ['INC-3', 'INC-2'], total: 4 });
    expect(await keysOf({ limit: 2, offset: 10 })).toEqual({ keys: [], total: 4 });
  });

  it('filters by any of several statuses and severities together', async () => {
    expect(await keysOf({ status: ['open', 'closed'] })).toEqual({
      keys: ['INC-10', 'INC-3', 'INC-1'],
      total: 3,
    });
    expect(await keysOf({ status: ['open', 'closed'], severity: ['SEV2'] })).toEqual({
      keys: ['INC-10', 'INC-1'],
      total: 2,
    });
  });

  it('filters by exact service name, not by prefix', async () => {
    expect(await keysOf({ service: 'checkout-api' })).toEqual({ keys: ['INC-1'], total: 1 });
    expect(await keysOf({ service: 'search' })).toEqual({ keys: ['INC-10', 'INC-2'], total: 2 });
  });

  it('filters by exact tag', async () => {
    const { incidents } = suite.store();
    await incidents.insert(anIncident({ key: 'INC-11', title: 'Replica lag', tags: ['database'] }));
    await incidents.insert(anIncident({ key: 'INC-12', title: 'Pool', tags: ['database-pool'] }));
    expect(await keysOf({ tag: 'database' })).toEqual({ keys: ['INC-11'], total: 1 });
    expect(await keysOf({ tag: 'database', service: 'search' })).toEqual({ keys: [], total: 0 });
  });

  it('matches text in the title or key regardless of case, including non-ASCII', async () => {
    expect((await keysOf({ text: 'LATENCY' })).keys).toEqual(['INC-2']);
    expect((await keysOf({ text: 'ärger' })).keys).toEqual(['INC-3']);
    expect((await keysOf({ text: 'inc-1' })).keys).toEqual(['INC-10', 'INC-1']);
  });

  it('treats % and _ in the text literally', async () => {
    expect((await keysOf({ text: '100%' })).keys).toEqual(['INC-3']);
    expect((await keysOf({ text: '%' })).keys).toEqual(['INC-3']);
    expect((await keysOf({ text: 'disk_full' })).keys).toEqual([]);
  });

  it('returns each incident with its own services and tags', async () => {
    const result = await suite.store().incidents.list(page({ service: 'search' }));
    expect(result.items.map((incident) => incident.services)).toEqual([
      ['search'],
      ['search', 'checkout-api-v2'],
    ]);
  });
});
