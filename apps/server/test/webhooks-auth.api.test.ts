import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';
import {
  alertmanagerBody,
  bearer,
  countStored,
  hmacHex,
  octokitHooks,
  otherSecret,
  postWebhook,
  readRealPayload,
  setSecret,
  testSecret,
  zulipHooks,
  type WebhookAnswer,
} from './webhook-support';

interface ErrorBody {
  error: { code: string; message: string; details: { path: string; message: string }[] };
}

const triggered = readRealPayload(`${zulipHooks}/pagerduty/fixtures/triggered_v3.json`);
const acknowledged = readRealPayload(`${zulipHooks}/pagerduty/fixtures/acknowledged_v3.json`);
const deploymentStatus = readRealPayload(`${octokitHooks}/deployment_status/payload.json`);
const alert = alertmanagerBody({ alertname: 'HighLatency', labels: { service: 'checkout' } });

describe.each(testDialects())('webhook authentication on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  it('refuses every delivery of a source without a secret, saying how to set one', async () => {
    const response = await postWebhook(api, 'alertmanager', alert, bearer);
    expect(response.statusCode).toBe(401);
    expect(response.json<ErrorBody>().error.message).toContain(
      'aftermath webhook secret alertmanager',
    );
    expect(await countStored(api)).toEqual({ incidents: 0, deliveries: 0 });
  });

  it('checks the bearer token in constant time and never shows the secret', async () => {
    await setSecret(api, 'alertmanager');
    const sources = await api.request('GET', '/api/v1/webhooks/sources');
    expect(sources.body).not.toContain(testSecret);
    expect(sources.json<{ items: unknown[] }>().items).toContainEqual(
      expect.objectContaining({ source: 'alertmanager', scheme: 'bearer', secretSet: true }),
    );
    const missing = await postWebhook(api, 'alertmanager', alert);
    expect(missing.statusCode).toBe(401);
    expect(missing.json<ErrorBody>().error.details[0]?.path).toBe('Authorization');
    const wrong = await postWebhook(api, 'alertmanager', alert, {
      authorization: `Bearer ${otherSecret}`,
    });
    expect(wrong.json<ErrorBody>().error.message).toBe('bearer token does not match');
    expect(await countStored(api)).toEqual({ incidents: 0, deliveries: 0 });
    const right = await postWebhook(api, 'alertmanager', alert, bearer);
    expect(right.statusCode).toBe(200);
    expect(right.json<WebhookAnswer>().outcome).toBe('unrouted');
  });

  it('accepts unauthenticated deliveries only for a source opened for testing', async () => {
    const opened = await api.request('PUT', '/api/v1/webhooks/sources/grafana', { open: true });
    expect(opened.json()).toMatchObject({ open: true, secretSet: false });
    const grafana = readRealPayload(`${zulipHooks}/alertmanager/fixtures/alert.json`);
    expect((await postWebhook(api, 'grafana', grafana)).statusCode).toBe(200);
    expect((await postWebhook(api, 'alertmanager', alert)).statusCode).toBe(401);
  });

  it('verifies PagerDuty signatures over the raw body, any v1 value passing during rotation', async () => {
    await setSecret(api, 'pagerduty');
    const valid = await postWebhook(api, 'pagerduty', triggered, {
      'x-pagerduty-signature': `v1=${hmacHex(testSecret, triggered)}`,
    });
    expect(valid.statusCode).toBe(200);
    const rotated = await postWebhook(api, 'pagerduty', acknowledged, {
      'x-pagerduty-signature': `v1=${hmacHex(otherSecret, acknowledged)},v1=${hmacHex(testSecret, acknowledged)}`,
    });
    expect(rotated.statusCode).toBe(200);
    const tampered = Buffer.from(triggered.toString('utf8').replace('PIG 208', 'PIG 209'));
    const refused = [
      await postWebhook(api, 'pagerduty', triggered, {
        'x-pagerduty-signature': `v1=${hmacHex(otherSecret, triggered)}`,
      }),
      await postWebhook(api, 'pagerduty', tampered, {
        'x-pagerduty-signature': `v1=${hmacHex(testSecret, triggered)}`,
      }),
      await postWebhook(api, 'pagerduty', triggered),
      await postWebhook(api, 'pagerduty', triggered, { 'x-pagerduty-signature': 'v0=abc' }),
    ];
    expect(refused.map((response) => response.statusCode)).toEqual([401, 401, 401, 401]);
    expect(refused[2]?.json<ErrorBody>().error.message).toBe(
      'missing X-PagerDuty-Signature header',
    );
    expect((await countStored(api)).deliveries).toBe(2);
  });

  it('verifies GitHub signatures and takes the delivery id from X-GitHub-Delivery', async () => {
    await setSecret(api, 'github');
    const signature = `sha256=${hmacHex(testSecret, deploymentStatus)}`;
    const delivery = { 'x-hub-signature-256': signature, 'x-github-delivery': 'd-1' };
    const first = await postWebhook(api, 'github', deploymentStatus, delivery);
    expect(first.statusCode).toBe(200);
    expect(first.json<WebhookAnswer>()).toMatchObject({ duplicate: false });
    const again = await postWebhook(api, 'github', deploymentStatus, delivery);
    expect(again.json<WebhookAnswer>()).toMatchObject({ duplicate: true, entriesAdded: 0 });
    const noId = await postWebhook(api, 'github', deploymentStatus, {
      'x-hub-signature-256': signature,
    });
    expect(noId.statusCode).toBe(400);
    expect(noId.json<ErrorBody>().error.details[0]?.path).toBe('X-GitHub-Delivery');
    const wrong = await postWebhook(api, 'github', deploymentStatus, {
      'x-hub-signature-256': `sha256=${hmacHex(otherSecret, deploymentStatus)}`,
      'x-github-delivery': 'd-2',
    });
    expect(wrong.statusCode).toBe(401);
    expect((await countStored(api)).deliveries).toBe(1);
  });

  it('refuses a body over the limit with 413 and malformed bodies with 400, storing nothing', async () => {
    await setSecret(api, 'alertmanager');
    const limit = await api.request('PUT', '/api/v1/webhooks/routing', { bodyLimitBytes: 1024 });
    expect(limit.statusCode).toBe(200);
    const big = alertmanagerBody({ alertname: 'X'.repeat(2000) });
    const tooLarge = await postWebhook(api, 'alertmanager', big, bearer);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json<ErrorBody>().error).toMatchObject({ code: 'payload_too_large' });
    expect(tooLarge.json<ErrorBody>().error.message).toContain('at most 1024 bytes');
    const notJson = await postWebhook(api, 'alertmanager', '{"alerts": [', bearer);
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json<ErrorBody>().error.message).toContain('not JSON');
    const wrongShape = await postWebhook(api, 'alertmanager', '{"alerts": 3}', bearer);
    expect(wrongShape.statusCode).toBe(400);
    expect(wrongShape.json<ErrorBody>().error.message).toContain('"alerts" must be an array');
    const unknown = await postWebhook(api, 'nagios', alert, bearer);
    expect(unknown.statusCode).toBe(400);
    expect(await countStored(api)).toEqual({ incidents: 0, deliveries: 0 });
  });

  it('documents the signature and delivery headers in the OpenAPI document', async () => {
    const doc = (await api.request('GET', '/api/v1/openapi.json')).json<{
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    }>();
    const parameters = doc.paths['/api/v1/webhooks/{source}']?.post?.parameters ?? [];
    expect(parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'source', in: 'path' }),
        expect.objectContaining({ name: 'x-pagerduty-signature', in: 'header' }),
        expect.objectContaining({ name: 'x-hub-signature-256', in: 'header' }),
        expect.objectContaining({ name: 'x-github-delivery', in: 'header' }),
      ]),
    );
  });

  it('refuses short secrets and invalid routing, naming the field, and keeps what was set', async () => {
    const short = await api.request('PUT', '/api/v1/webhooks/sources/github', { secret: 'abc' });
    expect(short.statusCode).toBe(400);
    expect(short.json<ErrorBody>().error.details[0]?.path).toBe('secret');
    const bad = await api.request('PUT', '/api/v1/webhooks/routing', {
      rules: [{ name: 'pages', match: { severity: 'critical' }, open: true, severity: 'SEV9' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.details[0]?.path).toBe('body.rules.0.severity');
    const routing = await api.request('GET', '/api/v1/webhooks/routing');
    expect(routing.json()).toMatchObject({ rules: [], groupWindowMinutes: 60 });
  });
});
