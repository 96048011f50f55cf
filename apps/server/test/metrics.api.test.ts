import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface Metrics {
  incidents: number;
  mttr: { n: number; median: number | null; p90: number | null; mean: number | null };
  mttd: { n: number; median: number | null; excluded: number; smallSample: boolean };
  frequency: { perMonth: { period: string; count: number }[] };
  sloCompliance: { rate: number | null; reason: string | null };
}

describe.each(testDialects())('metrics API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  const create = (
    severity: string,
    impact: string,
    detectedMinutes: number,
    resolvedMinutes: number | null,
  ) => {
    const start = Date.parse(impact);
    const later = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    return api.request('POST', '/api/v1/incidents', {
      title: `Incident at ${impact}`,
      severity,
      services: ['checkout-api'],
      milestones: {
        impactStartedAt: impact,
        detectedAt: later(detectedMinutes),
        ...(resolvedMinutes !== null && { resolvedAt: later(resolvedMinutes) }),
      },
    });
  };

  it('splits action closure by priority; an action without a due date runs on its SLA', async () => {
    const incident = await create('SEV2', '2026-10-02T10:00:00.000Z', 5, 30);
    const key = incident.json<{ key: string }>().key;
    const addAction = async (body: Record<string, unknown>) => {
      const response = await api.request('POST', `/api/v1/incidents/${key}/actions`, body);
      expect(response.statusCode, response.body).toBe(201);
    };
    await addAction({ title: 'Fix the pool', priority: 'P0', dueDate: '2026-11-01' }); // overdue
    await addAction({ title: 'Alert on saturation', priority: 'P1' }); // SLA: not due yet
    await addAction({ title: 'Someday', priority: 'P3', dueDate: null });

    const response = await api.request('GET', '/api/v1/metrics');
    expect(response.statusCode).toBe(200);
    const { actionClosure, actionClosureByPriority: byPriority } = response.json<{
      actionClosure: { n: number; count: number; excluded: number };
      actionClosureByPriority: Record<
        string,
        { n: number; count: number; excluded: number; rate: number | null }
      >;
    }>();
    expect(actionClosure).toMatchObject({ n: 1, count: 0, excluded: 1 });
    expect(byPriority.P0).toMatchObject({ n: 1, count: 0, rate: 0 });
    expect(byPriority.P1).toMatchObject({ n: 0, excluded: 0, rate: null });
    expect(byPriority.P3).toMatchObject({ n: 0, excluded: 1, rate: null });
  });

  it('answers MTTx in seconds with n, median and p90, filtered by severity and days', async () => {
    await create('SEV1', '2026-03-02T10:00:00.000Z', 10, 60);
    await create('SEV1', '2026-03-20T10:00:00.000Z', 30, 180);
    await create('SEV2', '2026-03-25T10:00:00.000Z', 5, null);
    await create('SEV1', '2026-04-01T00:00:00.000Z', 1, 2);

    const march = await api.request('GET', '/api/v1/metrics?from=2026-03-01&to=2026-03-31');
    expect(march.statusCode).toBe(200);
    const body = march.json<Metrics>();
    expect(body.incidents).toBe(3);
    // MTTR over 3600 s and 10800 s; the unresolved SEV2 is excluded.
    expect(body.mttr).toMatchObject({ n: 2, median: 7200, p90: 10_080, mean: 7200 });
    expect(body.mttd).toMatchObject({ n: 3, median: 600, excluded: 0, smallSample: true });
    expect(body.frequency.perMonth).toEqual([{ period: '2026-03', start: '2026-03-01', count: 3 }]);
    expect(body.sloCompliance.rate).toBeNull();
    expect(body.sloCompliance.reason).toMatch(/SLO/);

    const sev1 = await api.request('GET', '/api/v1/metrics?severity=SEV1');
    expect(sev1.json<Metrics>()).toMatchObject({ incidents: 3, mttr: { n: 3, median: 3600 } });
  });

  it('names a bad filter and answers 400', async () => {
    const response = await api.request('GET', '/api/v1/metrics?from=yesterday&severity=SEV9');
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; details: { path: string }[] } }>();
    expect(body.error.code).toBe('validation');
    expect(body.error.details.map((d) => d.path)).toEqual(
      expect.arrayContaining(['query.from', 'query.severity']),
    );
  });
});
