import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

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

interface Series {
  from: string;
  to: string;
  series: {
    slo: string;
    indicator: string;
    threshold: number | null;
    samples: number;
    buckets: { start: string; samples: number; p50: number | null; p90: number | null }[];
  }[];
}

const t = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString();

describe.each(testDialects())('incident SLI series API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  it('buckets the SLI of the incident’s services around its window, padding included', async () => {
    await api.request('POST', '/api/v1/slos', { openslo });
    // One latency sample a minute from 09:00 to 09:59; slow (0.9 s) from 09:20 to 09:29.
    const values = Array.from({ length: 60 }, (_, minute) => [
      Date.parse(t(minute)) / 1000,
      String(minute >= 20 && minute < 30 ? 0.9 : 0.1),
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
    expect(upload.statusCode, upload.body).toBe(201);
    const created = await api.request('POST', '/api/v1/incidents', {
      title: 'Search slow',
      severity: 'SEV2',
      services: ['search'],
      milestones: { impactStartedAt: t(20), resolvedAt: t(30) },
    });
    const key = created.json<{ key: string }>().key;

    const response = await api.request(
      'GET',
      `/api/v1/incidents/${key}/sli-series?paddingMinutes=10&points=30`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<Series>();
    expect([body.from, body.to]).toEqual([t(10), t(40)]);
    const [series] = body.series;
    expect(series).toMatchObject({ slo: 'search-latency', indicator: 'threshold', threshold: 0.5 });
    expect(series?.samples).toBe(30);
    expect(series?.buckets).toHaveLength(30);
    // One sample a minute, one bucket a minute: slow exactly inside the impact window.
    const slow = series?.buckets.filter((bucket) => bucket.p90 === 0.9).map((b) => b.start);
    expect(slow).toEqual(Array.from({ length: 10 }, (_, i) => t(20 + i)));
    expect(series?.buckets.every((bucket) => bucket.samples === 1)).toBe(true);
  });

  it('answers no series for an incident whose services have no SLO, and 400 for a bad query', async () => {
    const created = await api.request('POST', '/api/v1/incidents', {
      title: 'Other',
      severity: 'SEV3',
      services: ['cart'],
    });
    const key = created.json<{ key: string }>().key;
    const empty = await api.request('GET', `/api/v1/incidents/${key}/sli-series`);
    expect(empty.json<Series>().series).toEqual([]);
    const bad = await api.request('GET', `/api/v1/incidents/${key}/sli-series?points=5000`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe(
      'query.points',
    );
  });
});
