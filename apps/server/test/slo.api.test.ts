import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

const now = Date.parse('2026-11-20T10:00:00.000Z'); // the harness clock
const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString();

const openslo = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: search-latency
spec:
  service: search
  indicator:
    metadata: { name: search-p99 }
    spec:
      thresholdMetric: { metricSource: { type: Prometheus, spec: { query: p99 } } }
  timeWindow: [{ duration: 7d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ op: lte, value: 0.5, target: 0.9 }]
`;

interface Status {
  name: string;
  budget: { total: number; spent: number; remaining: number };
  alert: string;
}

describe.each(testDialects())('SLO API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  it('creates SLOs from OpenSLO, takes Prometheus JSON and reports the status', async () => {
    const created = await api.request('POST', '/api/v1/slos', { openslo });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ slos: ['search-latency'], servicesCreated: ['search'] });
    // Ten points, four of them over 0.5 s: 4 bad of 10, budget 10 % of 10 = 1.
    const values = [0.2, 0.3, 0.9, 0.4, 0.7, 0.1, 0.6, 0.2, 0.8, 0.3].map((value, index) => [
      (now - (10 - index) * 60_000) / 1000,
      String(value),
    ]);
    const matrix = {
      status: 'success',
      data: { resultType: 'matrix', result: [{ metric: {}, values }] },
    };
    const upload = await api.request(
      'POST',
      '/api/v1/slos/search-latency/sli?format=prometheus',
      JSON.stringify(matrix),
    );
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({
      slo: 'search-latency',
      samples: 10,
      incidentOpened: null,
    });
    const one = await api.request('GET', '/api/v1/slos/search-latency');
    const status = one.json<{ status: Status[] }>().status[0];
    expect(status?.budget.total).toBeCloseTo(1, 9);
    expect(status?.budget).toMatchObject({ spent: 4 });
    expect(status?.budget.remaining).toBeCloseTo(-3, 9);
    const list = await api.request('GET', '/api/v1/slos');
    expect(
      list
        .json<{ items: { definition: { name: string } }[] }>()
        .items.map((item) => item.definition.name),
    ).toEqual(['search-latency']);
  });

  it('answers 400 naming the document and field of a bad file, and 404 for an unknown SLO', async () => {
    const bad = await api.request('POST', '/api/v1/slos', {
      openslo: openslo.replace('target: 0.9', 'target: 9'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { path: string }[] } }>().error.details).toContainEqual(
      expect.objectContaining({
        path: 'document 1 (SLO search-latency) spec.objectives[0].target',
      }),
    );
    expect((await api.request('GET', '/api/v1/slos/search-latency')).statusCode).toBe(404);
    const upload = await api.request('POST', '/api/v1/slos/nope/sli', 'timestamp,value\n', {
      'content-type': 'text/csv',
    });
    expect(upload.statusCode).toBe(404);
  });

  it("shows the budget an incident's impact window spent", async () => {
    await api.request('POST', '/api/v1/slos', { openslo });
    const csv = [
      'timestamp,value',
      `${minutesAgo(30)},0.9`,
      `${minutesAgo(20)},0.9`,
      `${minutesAgo(5)},0.9`,
    ].join('\n');
    const upload = await api.request('POST', '/api/v1/slos/search-latency/sli?format=csv', csv, {
      'content-type': 'text/csv',
    });
    expect(upload.statusCode).toBe(201);
    const incident = await api.request('POST', '/api/v1/incidents', {
      title: 'Slow search',
      severity: 'SEV3',
      services: ['search'],
      milestones: { impactStartedAt: minutesAgo(35), resolvedAt: minutesAgo(15) },
    });
    expect(incident.statusCode).toBe(201);
    const key = incident.json<{ key: string }>().key;
    const impact = await api.request('GET', `/api/v1/incidents/${key}/slo-impact`);
    expect(impact.statusCode).toBe(200);
    // Two slow samples inside the window; the 7-day period up to its end holds two events, budget 0.2.
    expect(impact.json()).toMatchObject({
      incident: key,
      from: minutesAgo(35),
      to: minutesAgo(15),
      items: [{ name: 'search-latency', service: 'search', spent: 2 }],
    });
    const fraction = impact.json<{ items: { fraction: number }[] }>().items[0]?.fraction;
    expect(fraction).toBeCloseTo(10, 9);
  });
});
