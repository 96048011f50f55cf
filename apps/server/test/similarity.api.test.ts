import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface SimilarBody {
  items: {
    key: string;
    score: number;
    reasons: { kind: string; values: string[] }[];
    openActions: { title: string }[];
  }[];
}

describe.each(testDialects())('similar incidents and recurrence API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    for (const [title, service] of [
      ['Database failover stalled the replica', 'orders'],
      ['Certificate expired on the edge proxy', 'edge'],
      ['Replica lag after database failover', 'orders'],
    ] as const) {
      await api.request('POST', '/api/v1/incidents', {
        title,
        severity: 'SEV2',
        services: [service],
      });
    }
    await api.request('POST', '/api/v1/incidents/INC-1/actions', { title: 'Alert on replica lag' });
  });
  afterEach(async () => {
    await api.close();
  });

  it('ranks similar incidents with reasons and open actions, never the incident itself', async () => {
    const answer = await api.request('GET', '/api/v1/incidents/INC-3/similar');
    expect(answer.statusCode).toBe(200);
    const { items } = answer.json<SimilarBody>();
    expect(items.map((i) => i.key)).toEqual(['INC-1']);
    expect(items[0]?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'service', values: ['orders'] }),
    );
    expect(items[0]?.reasons[0]?.values).toEqual(
      expect.arrayContaining(['database', 'failover', 'replica']),
    );
    expect(items[0]?.openActions.map((a) => a.title)).toEqual(['Alert on replica lag']);
    expect((await api.request('GET', '/api/v1/incidents/INC-9/similar')).statusCode).toBe(404);
    expect((await api.request('GET', '/api/v1/incidents/INC-3/similar?limit=0')).statusCode).toBe(
      400,
    );
  });

  it('names a shared coded trigger and root cause as reasons', async () => {
    const rca = { trigger: 'config-push', rootCauses: ['configuration'], factors: [], whys: [] };
    for (const key of ['INC-1', 'INC-3']) {
      const saved = await api.request('PUT', `/api/v1/incidents/${key}/postmortem`, { rca });
      expect(saved.statusCode).toBe(200);
    }
    const { items } = (
      await api.request('GET', '/api/v1/incidents/INC-3/similar')
    ).json<SimilarBody>();
    expect(items[0]?.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'trigger', values: ['config-push'] }),
        expect.objectContaining({ kind: 'root-cause', values: ['configuration'] }),
      ]),
    );
  });

  it('marks a recurrence, refuses itself, unknown incidents and cycles, and clears it', async () => {
    const mark = await api.request(
      'PATCH',
      '/api/v1/incidents/INC-3',
      { recurrenceOf: 'INC-1' },
      { 'if-match': '"1"' },
    );
    expect(mark.statusCode).toBe(200);
    expect(mark.json()).toMatchObject({ recurrenceOf: 'INC-1', version: 2 });
    for (const [key, target] of [
      ['INC-1', 'INC-1'],
      ['INC-1', 'INC-42'],
      ['INC-1', 'INC-3'],
    ]) {
      const bad = await api.request(
        'PATCH',
        `/api/v1/incidents/${key}`,
        { recurrenceOf: target },
        { 'if-match': '"1"' },
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: { details: [{ path: 'recurrenceOf' }] } });
    }
    expect((await api.request('GET', '/api/v1/incidents/INC-1')).json()).toMatchObject({
      recurrenceOf: null,
      version: 1,
    });
    const cleared = await api.request(
      'PATCH',
      '/api/v1/incidents/INC-3',
      { recurrenceOf: null },
      { 'if-match': '"2"' },
    );
    expect(cleared.json()).toMatchObject({ recurrenceOf: null, version: 3 });
  });
});
