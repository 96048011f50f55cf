import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

describe.each(testDialects())('incidents API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  const create = (body: Record<string, unknown>) =>
    api.request('POST', '/api/v1/incidents', {
      title: 'Checkout errors',
      severity: 'SEV2',
      ...body,
    });

  it('creates an incident with the next key and an ETag', async () => {
    const first = await create({ services: ['checkout-api'] });
    const second = await create({ title: 'Search slow' });
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    expect(first.json()).toMatchObject({
      key: 'INC-1',
      status: 'open',
      services: ['checkout-api'],
    });
    expect(second.json()).toMatchObject({ key: 'INC-2', title: 'Search slow' });
    const got = await api.request('GET', '/api/v1/incidents/INC-2');
    expect(got.json()).toMatchObject({ key: 'INC-2', version: 1 });
  });

  it('names every bad field and writes nothing', async () => {
    const response = await api.request('POST', '/api/v1/incidents', {
      severity: 'SEV9',
      services: ['Not A Slug'],
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; details: { path: string }[] } }>();
    expect(body.error.code).toBe('validation');
    expect(body.error.details.map((d) => d.path)).toEqual(
      expect.arrayContaining(['body.title', 'body.severity', 'body.services.0']),
    );
    const list = await api.request('GET', '/api/v1/incidents');
    expect(list.json()).toEqual({ items: [], total: 0 });
  });

  it('filters by status, severity, service and text', async () => {
    await create({ title: 'Payments timeouts', severity: 'SEV1', services: ['payments'] });
    await create({ title: 'Search slow', severity: 'SEV3', services: ['search'] });
    await create({ title: 'Payments retries', severity: 'SEV3', services: ['payments'] });
    const keys = async (query: string) =>
      (await api.request('GET', `/api/v1/incidents?${query}`)).json<{
        items: { key: string }[];
        total: number;
      }>();
    expect((await keys('service=payments')).items.map((i) => i.key)).toEqual(['INC-3', 'INC-1']);
    expect((await keys('severity=SEV1')).items.map((i) => i.key)).toEqual(['INC-1']);
    expect((await keys('severity=SEV1,SEV3&text=retries')).items.map((i) => i.key)).toEqual([
      'INC-3',
    ]);
    const paged = await keys('limit=1&offset=1');
    expect(paged).toMatchObject({ total: 3, items: [{ key: 'INC-2' }] });
    const bad = await api.request('GET', '/api/v1/incidents?status=sleeping');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toMatch(
      /^query\.status/,
    );
  });

  it('requires If-Match and refuses a stale version without changing anything', async () => {
    await create({});
    const missing = await api.request('PATCH', '/api/v1/incidents/INC-1', { title: 'New' });
    expect(missing.statusCode).toBe(428);
    const ok = await api.request(
      'PATCH',
      '/api/v1/incidents/INC-1',
      { title: 'Renamed' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await api.request(
      'PATCH',
      '/api/v1/incidents/INC-1',
      { title: 'Lost update' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('version_mismatch');
    const now = await api.request('GET', '/api/v1/incidents/INC-1');
    expect(now.json()).toMatchObject({ title: 'Renamed', version: 2 });
  });

  it('moves status through the lifecycle, stamping milestones, and refuses illegal moves', async () => {
    await create({});
    const resolved = await api.request(
      'PATCH',
      '/api/v1/incidents/INC-1',
      { status: 'resolved' },
      { 'if-match': '1' },
    );
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      milestones: { resolvedAt: '2026-11-20T10:00:00.000Z' },
    });
    const closed = await api.request(
      'PATCH',
      '/api/v1/incidents/INC-1',
      { status: 'closed' },
      { 'if-match': '2' },
    );
    expect(closed.statusCode).toBe(200);
    const reopen = await api.request(
      'PATCH',
      '/api/v1/incidents/INC-1',
      { status: 'open' },
      { 'if-match': '3' },
    );
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json<{ error: { code: string } }>().error.code).toBe('illegal_transition');
  });

  it('refuses milestones out of order unless an override gives the reason', async () => {
    const bad = await create({
      milestones: { impactStartedAt: '2026-11-20T09:00:00Z', detectedAt: '2026-11-20T08:00:00Z' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe(
      'milestones.detectedAt',
    );
    const overridden = await create({
      milestones: {
        impactStartedAt: '2026-11-20T09:00:00+01:00',
        detectedAt: '2026-11-20T07:30:00Z',
      },
      milestoneOrderOverride: 'Synthetic probe fired before the first customer error',
    });
    expect(overridden.statusCode).toBe(201);
    expect(overridden.json()).toMatchObject({
      milestones: {
        impactStartedAt: '2026-11-20T08:00:00.000Z',
        detectedAt: '2026-11-20T07:30:00.000Z',
      },
    });
  });
});
