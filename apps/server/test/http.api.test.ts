import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

describe('HTTP surface', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await createApiHarness('sqlite');
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers /healthz with the database backend', async () => {
    const response = await api.request('GET', '/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
  });

  it('reports unhealthy (503) when the database is gone', async () => {
    const other = await createApiHarness('sqlite');
    await other.store.close();
    const response = await other.request('GET', '/healthz');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'unavailable' });
    await other.app.close();
  });

  it('publishes an OpenAPI 3.1 document generated from the contract', async () => {
    const doc = (await api.request('GET', '/api/v1/openapi.json')).json<{
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; requestBody?: unknown }>>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/incidents']?.post?.operationId).toBe('createIncident');
    expect(JSON.stringify(doc.paths['/api/v1/incidents']?.post?.requestBody)).toContain('SEV4');
    expect(doc.paths['/api/v1/incidents/{key}/postmortem/transitions']?.post).toBeDefined();
  });

  it('answers unknown routes with 404 JSON and wrong methods with 405 and Allow', async () => {
    const missing = await api.request('GET', '/api/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
    const wrong = await api.request('DELETE', '/api/v1/incidents');
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toBe('GET, POST');
    expect(wrong.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const response = await api.request('POST', '/api/v1/incidents', '{"title": ');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation' } });
  });

  it('serves the web app for deep links', async () => {
    const page = await api.request('GET', '/incidents/INC-1');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<div id="root">');
  });
});

describe('severity scale', () => {
  it('starts from the default meanings, can be reworded, and rejects an empty meaning', async () => {
    const api = await createApiHarness('sqlite');
    try {
      const initial = await api.request('GET', '/api/v1/settings/severity-scale');
      expect(initial.json()).toMatchObject({ SEV1: expect.stringMatching(/^Critical/) as unknown });
      const scale = {
        SEV1: 'Revenue stops',
        SEV2: 'A core feature is down',
        SEV3: 'Degraded, workaround exists',
        SEV4: 'Cosmetic',
      };
      expect((await api.request('PUT', '/api/v1/settings/severity-scale', scale)).statusCode).toBe(
        200,
      );
      const bad = await api.request('PUT', '/api/v1/settings/severity-scale', {
        ...scale,
        SEV2: ' ',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe(
        'body.SEV2',
      );
      expect((await api.request('GET', '/api/v1/settings/severity-scale')).json()).toEqual(scale);
    } finally {
      await api.close();
    }
  });
});
