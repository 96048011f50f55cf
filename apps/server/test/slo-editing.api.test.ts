import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIdGenerator } from '@aftermath/core';
import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrometheusClient } from '../src/jobs/prometheus-client';
import { createSloPollHandler } from '../src/jobs/slo-poll.job';
import { createApiHarness, type ApiHarness } from './api-harness';

const now = Date.parse('2026-11-20T10:00:00.000Z'); // the harness clock

const definition = {
  name: 'checkout-availability',
  displayName: 'Checkout availability',
  description: '',
  service: 'checkout-api',
  indicator: {
    kind: 'ratio',
    name: 'checkout-requests',
    counts: 'good',
    events: { sourceType: 'Prometheus', query: 'sum(rate(http_ok[1m]))' },
    total: { sourceType: 'Prometheus', query: 'sum(rate(http_all[1m]))' },
  },
  window: { kind: 'rolling', duration: '28d' },
  budgetingMethod: 'Occurrences',
  objectives: [
    {
      name: 'o',
      target: 0.99,
      op: null,
      value: null,
      timeSliceTarget: null,
      timeSliceWindow: null,
    },
  ],
  alertPolicies: [],
  openIncidentOnPage: false,
};
const source = {
  url: 'http://127.0.0.1:9090',
  everySeconds: 60,
  stepSeconds: 60,
  lookbackSeconds: 600,
};
const url = `/api/v1/slos/${definition.name}`;

type ErrorBody = { error: { code: string; details: { path: string; message: string }[] } };
const paths = (body: ErrorBody) => body.error.details.map((detail) => detail.path);

describe.each(testDialects())('SLO editing API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    expect((await api.request('POST', '/api/v1/slos', definition)).statusCode).toBe(201);
  });
  afterEach(async () => {
    await api.close();
  });

  it('creates or replaces an SLO by name, refuses a rename or a missing field by name, and deletes it', async () => {
    const changed = { ...definition, objectives: [{ ...definition.objectives[0], target: 0.995 }] };
    const put = await api.request('PUT', url, changed);
    expect(put.statusCode).toBe(200);
    const read = await api.request('GET', url);
    expect(read.json()).toMatchObject({ definition: { objectives: [{ target: 0.995 }] } });

    const renamed = await api.request('PUT', url, { ...definition, name: 'other' });
    expect(renamed.statusCode).toBe(400);
    expect(paths(renamed.json<ErrorBody>())).toEqual(['name']);
    // A threshold indicator needs op and value: the same rule the OpenSLO import applies.
    const threshold = await api.request('PUT', url, {
      ...definition,
      indicator: {
        kind: 'threshold',
        name: 'p99',
        value: { sourceType: 'Prometheus', query: 'x' },
      },
      budgetingMethod: 'Timeslices',
    });
    expect(threshold.statusCode).toBe(400);
    expect(paths(threshold.json<ErrorBody>())).toEqual([
      'body.objectives.0.op',
      'body.objectives.0.value',
      'body.objectives.0.timeSliceWindow',
      'body.objectives.0.timeSliceTarget',
    ]);
    expect((await api.request('GET', url)).json()).toMatchObject({
      definition: { indicator: { kind: 'ratio' }, objectives: [{ target: 0.995 }] },
    });
    // PUT to a new name creates it (the web app's form uses it; the error paths stay per field).
    const created = await api.request('PUT', '/api/v1/slos/second', {
      ...definition,
      name: 'second',
    });
    expect(created.statusCode).toBe(200);
    expect((await api.request('GET', '/api/v1/slos/second')).statusCode).toBe(200);

    expect((await api.request('DELETE', url)).statusCode).toBe(204);
    expect((await api.request('GET', url)).statusCode).toBe(404);
    expect((await api.request('DELETE', url)).statusCode).toBe(404);
  });

  it('keeps a Prometheus source per SLO, validates it, and forgets it with the SLO', async () => {
    const source0 = await api.request('GET', `${url}/prometheus-source`);
    expect(source0.json()).toEqual({ slo: definition.name, source: null });

    const bad = await api.request('PUT', `${url}/prometheus-source`, {
      ...source,
      url: 'ftp://prometheus',
      stepSeconds: 0.01,
    });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad.json<ErrorBody>())).toEqual(['body.url', 'body.stepSeconds']);

    const set = await api.request('PUT', `${url}/prometheus-source`, source);
    expect(set.statusCode).toBe(200);
    expect((await api.request('GET', `${url}/prometheus-source`)).json()).toEqual({
      slo: definition.name,
      source,
    });

    // An indicator without a query cannot be polled: refused naming the indicator.
    const noQuery = { ...definition, name: 'no-query' };
    noQuery.indicator = { ...definition.indicator, total: { sourceType: 'Prometheus', query: '' } };
    await api.request('POST', '/api/v1/slos', noQuery);
    const refused = await api.request('PUT', '/api/v1/slos/no-query/prometheus-source', source);
    expect(refused.statusCode).toBe(400);
    expect(paths(refused.json<ErrorBody>())).toEqual(['indicator']);

    expect((await api.request('DELETE', `${url}/prometheus-source`)).statusCode).toBe(204);
    expect((await api.request('GET', `${url}/prometheus-source`)).json()).toMatchObject({
      source: null,
    });
    await api.request('PUT', `${url}/prometheus-source`, source);
    await api.request('DELETE', url);
    await api.request('POST', '/api/v1/slos', definition);
    expect((await api.request('GET', `${url}/prometheus-source`)).json()).toMatchObject({
      source: null,
    });
  });

  it('refuses viewers any change to SLOs or their source', async () => {
    const viewer = await api.addUser('vera', 'viewer');
    const put = await api.request('PUT', `${url}/prometheus-source`, source, viewer.authHeaders);
    expect(put.statusCode).toBe(403);
    expect((await api.request('DELETE', url, undefined, viewer.authHeaders)).statusCode).toBe(403);
    expect((await api.request('GET', url)).statusCode).toBe(200);
  });

  describe('with a Prometheus HTTP API on 127.0.0.1', () => {
    let prometheus: Server;
    const queries: string[] = [];
    beforeEach(async () => {
      queries.length = 0;
      // Answers query_range like Prometheus: ten one-minute points, good 99 and total 100 each.
      prometheus = createServer((request, response) => {
        const asked = new URL(request.url ?? '/', 'http://127.0.0.1');
        queries.push(`${asked.pathname} ${asked.searchParams.get('query')}`);
        const good = asked.searchParams.get('query')?.includes('http_ok') === true;
        const values = Array.from({ length: 10 }, (_, index) => [
          (now - (10 - index) * 60_000) / 1000,
          good ? '99' : '100',
        ]);
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            status: 'success',
            data: { resultType: 'matrix', result: [{ metric: {}, values }] },
          }),
        );
      });
      await new Promise<void>((resolve) => prometheus.listen(0, '127.0.0.1', resolve));
    });
    afterEach(async () => {
      await new Promise((resolve) => prometheus.close(resolve));
    });

    it('polls the source configured through the API and reports the budget from it', async () => {
      const port = (prometheus.address() as AddressInfo).port;
      const put = await api.request('PUT', `${url}/prometheus-source`, {
        ...source,
        url: `http://127.0.0.1:${port}`,
      });
      expect(put.statusCode).toBe(200);
      const ctx = { store: api.store, clock: () => new Date(now), newId: createIdGenerator() };
      const errors: unknown[] = [];
      const tick = createSloPollHandler(ctx, createPrometheusClient(), (_slo, error) =>
        errors.push(error),
      );
      await tick({ kind: 'slo.poll', payload: {}, attempt: 1 } as never);
      expect(errors).toEqual([]);
      expect(queries).toEqual([
        '/api/v1/query_range sum(rate(http_ok[1m]))',
        '/api/v1/query_range sum(rate(http_all[1m]))',
      ]);
      const status = (await api.request('GET', url)).json<{
        status: { budget: { total: number; spent: number } }[];
      }>().status[0];
      // 10 bad of 1,000 events against a 1 % allowance of 1,000: the whole budget spent.
      expect(status?.budget.spent).toBeCloseTo(10, 9);
      expect(status?.budget.total).toBeCloseTo(10, 9);
    });
  });
});
