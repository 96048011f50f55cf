import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface Line {
  seq: number;
  action: string;
  target: string;
  prevHash: string;
  hash: string;
}

describe.each(testDialects())('audit export and verify over the API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  it(
    'streams every record as JSON lines, chunked, across pages, in chain order',
    { timeout: 240_000 },
    async () => {
      // More records than one page of the reader (500), written the way any change is.
      await api.store.transaction(async (tx) => {
        for (let i = 0; i < 1200; i++) await tx.settings.set(`probe.${i}`, { i });
      });
      const response = await api.request('GET', '/api/v1/audit/export');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/x-ndjson');
      expect(response.headers['content-disposition']).toContain('audit.jsonl');
      // Streamed: no length known ahead, sent in chunks.
      expect(response.headers['content-length']).toBeUndefined();
      expect(response.headers['transfer-encoding']).toBe('chunked');
      const lines = response.body
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Line);
      const probes = lines.filter(
        (line) => line.action === 'settings.set' && line.target.startsWith('probe.'),
      );
      expect(probes).toHaveLength(1200);
      expect(lines.map((line) => line.seq)).toEqual(lines.map((_, index) => index + 1));
      for (let i = 1; i < lines.length; i++) expect(lines[i]?.prevHash).toBe(lines[i - 1]?.hash);
      const verified = await api.request('GET', '/api/v1/audit/verify');
      expect(verified.json()).toEqual({ ok: true, records: lines.length, broken: null });
    },
  );

  it('lists records of one actor, target and action or table', async () => {
    for (const title of ['Checkout slow', 'Search down']) {
      const created = await api.request('POST', '/api/v1/incidents', { title, severity: 'SEV3' });
      expect(created.statusCode).toBe(201);
    }
    await api.store.settings.set('probe', { on: true });
    const list = async (query: string) =>
      (await api.request('GET', `/api/v1/audit?${query}`)).json<{ items: Line[] }>().items;
    const first = await list('action=incidents&target=INC-1');
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r) => r.target === 'INC-1' && r.action.startsWith('incidents.'))).toBe(
      true,
    );
    expect((await list('action=incidents.insert')).map((r) => r.target)).toEqual([
      'INC-1',
      'INC-2',
    ]);
    // A table name matches whole segments only: `incident` is not `incidents`.
    expect(await list('action=incident')).toEqual([]);
    const byAdmin = await list('actor=admin&action=incidents.insert');
    expect(byAdmin).toHaveLength(2);
    expect(await list('actor=system&action=incidents.insert')).toEqual([]);
    expect((await list('actor=system&action=settings')).map((r) => r.target)).toEqual(['probe']);
  });

  it('refuses a non-admin with a status, not a cut stream', async () => {
    const { authHeaders } = await api.addUser('rita', 'responder');
    const refused = await api.request('GET', '/api/v1/audit/export', undefined, authHeaders);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});
