import type { WebhookDelivery } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

function aDelivery(overrides: Partial<WebhookDelivery> = {}): WebhookDelivery {
  return {
    id: 'd-1',
    source: 'alertmanager',
    deliveryKey: 'sha-1',
    receivedAt: '2026-03-01T12:00:00.000Z',
    sha256: 'ab'.repeat(32),
    bytes: 5_000_000_000,
    outcome: 'created',
    incidentKey: 'INC-1',
    groupKey: '{}:{alertname="HighLatency"}',
    service: 'checkout',
    reason: 'rule "pages" opened an incident',
    evidenceId: 'ev-1',
    entriesAdded: 2,
    duplicatesSkipped: 0,
    ...overrides,
  };
}

/** Another delivery of the same group, received at `receivedAt`. */
function later(id: string, receivedAt: string, incidentKey: string | null): WebhookDelivery {
  return aDelivery({ id, deliveryKey: `key-${id}`, receivedAt, incidentKey });
}

describeEachDialect('webhook deliveries', (suite) => {
  it('reads back what was inserted and refuses the same source and key twice', async () => {
    const { webhookDeliveries } = suite.store();
    expect(await webhookDeliveries.insert(aDelivery())).toBe(true);
    expect(await webhookDeliveries.insert(aDelivery({ id: 'd-2' }))).toBe(false);
    expect(await webhookDeliveries.insert(aDelivery({ id: 'd-3', source: 'grafana' }))).toBe(true);
    expect(await webhookDeliveries.findByKey('alertmanager', 'sha-1')).toEqual(aDelivery());
    expect(await webhookDeliveries.findByKey('alertmanager', 'other')).toBeNull();
  });

  it('finds the newest delivery of a group that reached an incident', async () => {
    const { webhookDeliveries } = suite.store();
    await webhookDeliveries.insert(aDelivery());
    await webhookDeliveries.insert(later('d-2', '2026-03-01T12:05:00.000Z', 'INC-2'));
    await webhookDeliveries.insert(
      aDelivery({ ...later('d-3', '2026-03-01T12:09:00.000Z', null), outcome: 'unrouted' }),
    );
    const latest = await webhookDeliveries.latestForGroup(
      'alertmanager',
      aDelivery().groupKey ?? '',
    );
    expect(latest?.incidentKey).toBe('INC-2');
    expect(await webhookDeliveries.latestForGroup('grafana', 'x')).toBeNull();
  });

  it('lists incidents fed for a service since a time, and deliveries by outcome, newest first', async () => {
    const { webhookDeliveries } = suite.store();
    await webhookDeliveries.insert(aDelivery());
    await webhookDeliveries.insert(later('d-2', '2026-03-01T13:00:00.000Z', 'INC-3'));
    await webhookDeliveries.insert(
      aDelivery({ id: 'd-3', deliveryKey: 'k3', incidentKey: null, outcome: 'suppressed' }),
    );
    expect(
      await webhookDeliveries.incidentsForService('checkout', '2026-03-01T11:00:00.000Z'),
    ).toEqual(['INC-3', 'INC-1']);
    expect(
      await webhookDeliveries.incidentsForService('checkout', '2026-03-01T12:30:00.000Z'),
    ).toEqual(['INC-3']);
    const suppressed = await webhookDeliveries.list({ outcome: 'suppressed', limit: 10 });
    expect(suppressed.map((item) => item.id)).toEqual(['d-3']);
    const all = await webhookDeliveries.list({ limit: 2 });
    expect(all.map((item) => item.id)).toEqual(['d-2', 'd-3']);
  });
});
