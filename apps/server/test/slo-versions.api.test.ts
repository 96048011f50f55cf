import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

// Two objectives, so a test can tell which one an edit changed.
const objective = (name: string, target: number) => ({
  name,
  target,
  op: null,
  value: null,
  timeSliceTarget: null,
  timeSliceWindow: null,
});
const definition = {
  name: 'search-availability',
  displayName: null,
  description: '',
  service: 'search-api',
  indicator: {
    kind: 'ratio',
    name: 'search-requests',
    counts: 'good',
    events: { sourceType: 'Prometheus', query: 'sum(rate(ok[1m]))' },
    total: { sourceType: 'Prometheus', query: 'sum(rate(all[1m]))' },
  },
  window: { kind: 'rolling', duration: '28d' },
  budgetingMethod: 'Occurrences',
  objectives: [objective('fast', 0.99), objective('strict', 0.999)],
  alertPolicies: [],
  openIncidentOnPage: false,
};
const url = `/api/v1/slos/${definition.name}`;
const withSecondTarget = (target: number) => ({
  ...definition,
  objectives: [objective('fast', 0.99), objective('strict', target)],
});

type ErrorBody = { error: { code: string; details: { path: string; message: string }[] } };

describe.each(testDialects())('SLO versions (If-Match) on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    expect((await api.request('POST', '/api/v1/slos', definition)).statusCode).toBe(201);
  });
  afterEach(async () => {
    await api.close();
  });

  it('reads the version as the ETag and counts it up on every save', async () => {
    const read = await api.request('GET', url);
    expect(read.headers.etag).toBe('"1"');
    expect(read.json()).toMatchObject({ version: 1 });

    const saved = await api.request('PUT', url, withSecondTarget(0.995), { 'if-match': '"1"' });
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    // Without If-Match the save still works (scripts written before versions) and counts up too.
    const blind = await api.request('PUT', url, withSecondTarget(0.9995));
    expect(blind.headers.etag).toBe('"3"');
    expect((await api.request('GET', url)).json()).toMatchObject({
      version: 3,
      definition: { objectives: [{ target: 0.99 }, { target: 0.9995 }] },
    });
  });

  it('refuses a save from a stale read with 412 naming the current version, changing nothing', async () => {
    await api.request('PUT', url, withSecondTarget(0.995), { 'if-match': '"1"' });
    const stale = await api.request('PUT', url, withSecondTarget(0.95), { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const body = stale.json<ErrorBody>();
    expect(body.error.code).toBe('version_mismatch');
    expect(body.error.details).toEqual([{ path: 'If-Match', message: 'current version is 2' }]);
    const read = await api.request('GET', url);
    expect(read.headers.etag).toBe('"2"');
    expect(read.json()).toMatchObject({ definition: { objectives: [{}, { target: 0.995 }] } });
  });

  it('answers 404 to an If-Match save of an SLO deleted meanwhile, and creates nothing', async () => {
    expect((await api.request('DELETE', url)).statusCode).toBe(204);
    const gone = await api.request('PUT', url, definition, { 'if-match': '"1"' });
    expect(gone.statusCode).toBe(404);
    expect((await api.request('GET', url)).statusCode).toBe(404);
  });

  it('keeps the version of a bad edit: a validation error writes nothing', async () => {
    const bad = await api.request('PUT', url, withSecondTarget(1.5), { 'if-match': '"1"' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.details.map((detail) => detail.path)).toEqual([
      'body.objectives.1.target',
    ]);
    expect((await api.request('GET', url)).headers.etag).toBe('"1"');
  });
});
