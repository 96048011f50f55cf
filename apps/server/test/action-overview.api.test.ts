import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface OverviewItem {
  title: string;
  owner: string | null;
  dueDate: string | null;
  status: string;
  incident: { key: string; title: string; severity: string; services: string[] };
  teams: string[];
  overdue: boolean;
  daysOverdue: number | null;
}
interface OverviewPage {
  items: OverviewItem[];
  total: number;
}

// The harness clock says 2026-11-20T10:00Z, so "today" is 2026-11-20.
describe.each(testDialects())('actions across incidents API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('PUT', '/api/v1/services/checkout-api', { team: 'payments' });
    await api.request('PUT', '/api/v1/services/search-api', { team: 'discovery' });
    const checkout = await createIncident('Checkout 502s', 'SEV1', 'checkout-api');
    const search = await createIncident('Search slow', 'SEV3', 'search-api');
    await addAction(checkout, { title: 'Pool alert', owner: 'dana', dueDate: '2026-11-10' });
    await addAction(checkout, { title: 'Runbook', owner: 'erin', dueDate: '2026-11-20' });
    await addAction(checkout, { title: 'Old fix', dueDate: '2026-11-01', status: 'done' });
    await addAction(search, { title: 'Index shards', owner: 'dana', priority: 'P0' });
    await addAction(search, { title: 'Cache warmup', dueDate: '2026-11-19', priority: 'P1' });
  });
  afterEach(async () => {
    await api.close();
  });

  async function createIncident(title: string, severity: string, service: string) {
    const response = await api.request('POST', '/api/v1/incidents', {
      title,
      severity,
      services: [service],
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ key: string }>().key;
  }
  async function addAction(key: string, body: Record<string, unknown>) {
    const response = await api.request('POST', `/api/v1/incidents/${key}/actions`, body);
    expect(response.statusCode, response.body).toBe(201);
  }
  async function list(query: string) {
    const response = await api.request('GET', `/api/v1/actions${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<OverviewPage>();
  }

  it('lists every action due date first with its incident, teams and overdue days', async () => {
    const page = await list('');
    expect(page.total).toBe(5);
    expect(page.items.map((item) => item.title)).toEqual([
      'Old fix',
      'Pool alert',
      'Cache warmup',
      'Runbook',
      'Index shards',
    ]);
    const pool = page.items[1];
    expect(pool?.incident).toMatchObject({
      key: 'INC-1',
      title: 'Checkout 502s',
      severity: 'SEV1',
      services: ['checkout-api'],
    });
    expect(pool?.teams).toEqual(['payments']);
    expect(pool).toMatchObject({ overdue: true, daysOverdue: 10 });
    // Done before it was due, due today, undated: none of them overdue.
    expect(page.items.filter((item) => item.overdue).map((item) => item.title)).toEqual([
      'Pool alert',
      'Cache warmup',
    ]);
  });

  it('filters by status, owner, team, service, priority and overdue, with a matching total', async () => {
    const titles = async (query: string) => {
      const page = await list(query);
      expect(page.total).toBe(page.items.length);
      return page.items.map((item) => item.title);
    };
    expect(await titles('?status=open,in_progress&team=payments')).toEqual([
      'Pool alert',
      'Runbook',
    ]);
    expect(await titles('?owner=dana')).toEqual(['Pool alert', 'Index shards']);
    expect(await titles('?service=search-api&priority=P0')).toEqual(['Index shards']);
    expect(await titles('?overdue=true')).toEqual(['Pool alert', 'Cache warmup']);
    expect(await titles('?overdue=false&team=discovery')).toEqual(['Index shards']);
  });

  it('pages with limit and offset and keeps the total of all matches', async () => {
    const page = await list('?limit=2&offset=2');
    expect(page.total).toBe(5);
    expect(page.items.map((item) => item.title)).toEqual(['Cache warmup', 'Runbook']);
  });

  it('refuses a bad filter naming the field', async () => {
    const response = await api.request('GET', '/api/v1/actions?status=finished&overdue=maybe');
    expect(response.statusCode).toBe(400);
    const paths = response
      .json<{ error: { details: { path: string }[] } }>()
      .error.details.map((detail) => detail.path);
    expect(paths).toEqual(['query.status.0', 'query.overdue']);
  });
});
