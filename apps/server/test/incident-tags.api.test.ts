import { testDialects } from '@aftermath/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface IncidentAnswer {
  tags: string[];
  version: number;
}

describe.each(testDialects())('incident tags API on %s', (dialect) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await createApiHarness(dialect);
    await api.request('POST', '/api/v1/incidents', {
      title: 'Primary database ran out of disk',
      severity: 'SEV2',
      tags: ['triage', 'storage'],
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const change = (body: unknown) => api.request('POST', '/api/v1/incidents/INC-1/tags', body);

  it('adds and removes tags in one call, keeping the order of the others', async () => {
    const response = await change({ add: ['database', 'storage'], remove: ['triage'] });
    expect(response.statusCode).toBe(200);
    expect(response.json<IncidentAnswer>().tags).toEqual(['storage', 'database']);
  });

  it('makes a tag a search facet right away', async () => {
    await change({ add: ['disk-full'] });
    const response = await api.request('GET', '/api/v1/search?tag=disk-full');
    const body = response.json<{ items: { key: string }[]; facets: { tag: unknown[] } }>();
    expect(body.items.map((hit) => hit.key)).toEqual(['INC-1']);
    expect(body.facets.tag).toContainEqual({ value: 'database', count: 1 });
  });

  it('writes nothing when the tags would not change', async () => {
    const before = (await api.request('GET', '/api/v1/incidents/INC-1')).json<IncidentAnswer>();
    const response = await change({ add: ['database'], remove: ['never-there'] });
    expect(response.json<IncidentAnswer>().version).toBe(before.version);
  });

  it('refuses a malformed tag or an empty change, naming the field, and changes nothing', async () => {
    const before = (await api.request('GET', '/api/v1/incidents/INC-1')).json<IncidentAnswer>();
    const bad = await change({ add: ['Not A Tag'] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('add');
    const empty = await change({});
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('at least one tag');
    const both = await change({ add: ['x'], remove: ['x'] });
    expect(both.statusCode).toBe(400);
    const after = (await api.request('GET', '/api/v1/incidents/INC-1')).json<IncidentAnswer>();
    expect(after).toEqual(before);
  });

  it('answers 404 for an unknown incident', async () => {
    const response = await api.request('POST', '/api/v1/incidents/INC-99/tags', { add: ['x'] });
    expect(response.statusCode).toBe(404);
  });
});
