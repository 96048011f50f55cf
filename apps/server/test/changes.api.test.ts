import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';
import {
  hmacHex,
  octokitHooks,
  postWebhook,
  readRealPayload,
  setSecret,
  testSecret,
} from './webhook-support';

interface ChangeItem {
  at: string;
  category: string;
  title: string;
  service: string | null;
  origin: string;
  incident: { key: string; status: string } | null;
  deliveryId: string | null;
}
interface ChangeFeed {
  items: ChangeItem[];
  truncated: boolean;
}

// A real GitHub `deployment` body: repository Hello-World, created 2019-05-15T15:20:53Z.
const deployment = readRealPayload(`${octokitHooks}/deployment/payload.json`);

// The harness clock says 2026-11-20T10:00Z.
describe.each(testDialects())('change feed API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  async function incidentWith(service: string, entries: Record<string, unknown>[]) {
    const created = await api.request('POST', '/api/v1/incidents', {
      title: `${service} down`,
      severity: 'SEV2',
      services: [service],
    });
    const key = created.json<{ key: string }>().key;
    for (const entry of entries) {
      const response = await api.request('POST', `/api/v1/incidents/${key}/timeline`, entry);
      expect(response.statusCode, response.body).toBe(201);
    }
    return key;
  }
  async function feed(query: string) {
    const response = await api.request('GET', `/api/v1/changes${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ChangeFeed>();
  }

  it('lists deploys and changes across incidents newest first, classified, in the window', async () => {
    const checkout = await incidentWith('checkout-api', [
      { at: '2026-11-19T08:00:00.000Z', kind: 'deploy', title: 'checkout-api v42' },
      { at: '2026-11-19T09:00:00.000Z', kind: 'alert', title: 'HighErrorRate firing' },
      { at: '2026-11-10T09:00:00.000Z', kind: 'deploy', title: 'checkout-api v41' },
    ]);
    const search = await incidentWith('search-api', [
      { at: '2026-11-19T12:00:00.000Z', kind: 'change', title: 'Enable flag fuzzy-search for 10%' },
      {
        at: '2026-11-18T12:00:00.000Z',
        kind: 'change',
        title: 'Run migration add-index',
        service: 'search-db',
      },
    ]);

    const week = await feed('');
    expect(week.truncated).toBe(false);
    expect(week.items.map((item) => [item.title, item.category, item.incident?.key])).toEqual([
      ['Enable flag fuzzy-search for 10%', 'feature-flag', search],
      ['checkout-api v42', 'deploy', checkout],
      ['Run migration add-index', 'migration', search],
    ]);
    expect(week.items[1]).toMatchObject({ origin: 'timeline', service: null });

    const older = await feed('?from=2026-11-01&to=2026-11-15');
    expect(older.items.map((item) => item.title)).toEqual(['checkout-api v41']);
    // Unnamed entries count for the incident's services; named ones for the service they name.
    const ofSearch = await feed('?service=search-api');
    expect(ofSearch.items.map((item) => item.title)).toEqual(['Enable flag fuzzy-search for 10%']);
    const limited = await feed('?limit=2');
    expect(limited).toMatchObject({ truncated: true });
    expect(limited.items).toHaveLength(2);
  });

  it('includes deploys from webhook deliveries no incident took', async () => {
    await setSecret(api, 'github');
    const delivered = await postWebhook(api, 'github', deployment, {
      'x-hub-signature-256': `sha256=${hmacHex(testSecret, deployment)}`,
      'x-github-delivery': 'deploy-1',
      'x-github-event': 'deployment',
    });
    expect(delivered.json<{ outcome: string }>().outcome).toBe('unrouted');

    const may2019 = await feed('?from=2019-05-01&to=2019-05-31');
    expect(may2019.items).toEqual([
      expect.objectContaining({
        at: '2019-05-15T15:20:53.000Z',
        category: 'deploy',
        service: 'hello-world',
        origin: 'webhook',
        incident: null,
        deliveryId: expect.any(String) as string,
      }),
    ]);
    expect((await feed('?from=2019-05-01&to=2019-05-31&service=checkout-api')).items).toEqual([]);
  });

  it('refuses a window that ends before it starts, naming the field', async () => {
    const response = await api.request('GET', '/api/v1/changes?from=2026-11-10&to=2026-11-01');
    expect(response.statusCode).toBe(400);
    const details = response.json<{ error: { details: { path: string }[] } }>().error.details;
    expect(details.map((detail) => detail.path)).toEqual(['query.to']);
  });
});
