import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';
import {
  alertmanagerBody,
  bearer,
  postWebhook,
  setSecret,
  type WebhookAnswer,
} from './webhook-support';

describe.each(testDialects())('raw bodies of webhook deliveries on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await setSecret(api, 'alertmanager');
    const routing = {
      rules: [{ name: 'pages', match: { severity: 'critical' }, open: true }],
      // The harness clock stands at 2026-11-20T10:00:00Z.
      maintenance: [
        { service: 'search', from: '2026-11-20T09:00:00Z', to: '2026-11-20T11:00:00Z' },
      ],
    };
    expect((await api.request('PUT', '/api/v1/webhooks/routing', routing)).statusCode).toBe(200);
  });
  afterEach(async () => {
    await api.close();
  });

  const deliver = async (body: string) => {
    const answer = await postWebhook(api, 'alertmanager', body, bearer);
    expect(answer.statusCode).toBe(200);
    return answer.json<WebhookAnswer>();
  };

  it('streams the body of an unrouted and of a suppressed delivery byte for byte, as JSON', async () => {
    // Spaces and key order as the sender wrote them: nothing is re-serialised.
    const unroutedBody = alertmanagerBody({
      alertname: 'DiskFilling',
      labels: { service: 'logs' },
    }).replace('{', '{  ');
    const suppressedBody = alertmanagerBody({
      alertname: 'SearchDown',
      labels: { service: 'search', severity: 'critical' },
    });
    const unrouted = await deliver(unroutedBody);
    const suppressed = await deliver(suppressedBody);
    expect([unrouted.outcome, suppressed.outcome]).toEqual(['unrouted', 'suppressed']);
    for (const [delivery, body] of [
      [unrouted, unroutedBody],
      [suppressed, suppressedBody],
    ] as const) {
      const raw = await api.request('GET', `/api/v1/webhooks/deliveries/${delivery.id}/raw`);
      expect(raw.statusCode).toBe(200);
      expect(raw.headers['content-type']).toBe('application/json');
      expect(raw.headers['content-disposition']).toContain(`alertmanager-${delivery.id}.json`);
      expect(raw.rawPayload.equals(Buffer.from(body))).toBe(true);
    }
  });

  it('answers 404 naming an unknown delivery id', async () => {
    const missing = await api.request('GET', '/api/v1/webhooks/deliveries/no-such-id/raw');
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'not_found',
      message: 'No webhook delivery no-such-id',
    });
  });
});
