import { testDialects } from '@aftermath/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface SearchAnswer {
  items: { key: string; snippet: { text: string; match: boolean }[] }[];
  total: number;
  facets: Record<string, { value: string; count: number }[]>;
}

describe.each(testDialects())('search API on %s', (dialect) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await createApiHarness(dialect);
    const incidents = [
      { title: 'Checkout 502s after deploy', severity: 'SEV1', services: ['checkout'] },
      { title: 'Search index rebuild slowed queries', severity: 'SEV3', services: ['search'] },
      { title: 'Checkout latency from a cold cache', severity: 'SEV2', services: ['checkout'] },
    ];
    for (const body of incidents) await api.request('POST', '/api/v1/incidents', body);
    await api.request('POST', '/api/v1/incidents/INC-2/timeline', {
      at: '2026-11-20T09:00:00Z',
      kind: 'note',
      title: 'Checkout dashboards looked normal',
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const search = async (query: string) => {
    const response = await api.request('GET', `/api/v1/search?${query}`);
    return { status: response.statusCode, body: response.json<SearchAnswer>() };
  };

  it('ranks title matches first and sees timeline entries written just before', async () => {
    const { status, body } = await search('q=checkout');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items.at(-1)?.key).toBe('INC-2');
    expect(body.items[0]?.snippet.some((part) => part.match)).toBe(true);
  });

  it('filters by comma-separated facets and counts facet values', async () => {
    const { body } = await search('q=checkout&severity=SEV1,SEV2&service=checkout');
    expect(body.items.map((hit) => hit.key).sort()).toEqual(['INC-1', 'INC-3']);
    expect(body.facets.severity).toEqual(
      expect.arrayContaining([
        { value: 'SEV1', count: 1 },
        { value: 'SEV2', count: 1 },
      ]),
    );
  });

  it('names the bad parameter', async () => {
    const response = await api.request('GET', '/api/v1/search?severity=SEV9');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('severity');
  });
});
