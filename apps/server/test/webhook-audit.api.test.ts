import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';
import { alertmanagerBody, bearer, postWebhook, setSecret } from './webhook-support';

interface Line {
  seq: number;
  action: string;
  target: string;
}

// Every delivery rewrites a bookkeeping settings row to take its turn at routing. The audit log
// leaves that row out, records the delivery's real changes, and the chain stays whole when one
// transaction appends several records (the chain's end is read once per transaction).
describe.each(testDialects())('webhook deliveries in the audit log on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await setSecret(api, 'alertmanager');
    const rules = [{ name: 'all', match: {}, open: true, severity: 'SEV2' }];
    const saved = await api.request('PUT', '/api/v1/webhooks/routing', { rules });
    expect(saved.statusCode).toBe(200);
  });
  afterEach(async () => {
    await api.close();
  });

  it('records each delivery and the routing change, not the routing turn, in an unbroken chain', async () => {
    const bodies = [1, 2, 3, 4].map((n) =>
      alertmanagerBody({
        alertname: 'AuditStorm',
        labels: { service: 'checkout', pod: `pod-${n}` },
        fingerprint: `fp-${n}`,
      }),
    );
    const answers = await Promise.all(
      bodies.map((body) => postWebhook(api, 'alertmanager', body, bearer)),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);

    const list = async (query: string) =>
      (await api.request('GET', `/api/v1/audit?${query}`)).json<{ items: Line[] }>().items;
    expect(await list('action=webhookDeliveries.insert')).toHaveLength(4);
    expect(await list('action=evidence.insert')).toHaveLength(4);
    expect(await list('target=webhooks.routing-turn')).toEqual([]);
    expect((await list('target=webhooks.routing')).map((line) => line.action)).toEqual([
      'settings.set',
    ]);
    const all = await list('limit=500');
    expect(all.map((line) => line.seq)).toEqual(all.map((_, index) => index + 1));
    const verified = await api.request('GET', '/api/v1/audit/verify');
    expect(verified.json()).toEqual({ ok: true, records: all.length, broken: null });
  });
});
