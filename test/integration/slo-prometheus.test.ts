import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createIdGenerator,
  importOpenSlo,
  setPrometheusSource,
  startSloPolling,
  type Context,
  type SliImportResult,
  type Store,
} from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { createPrometheusClient, startServer, type RunningServer } from '@aftermath/server';
import { openStore } from '@aftermath/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitFor } from './support/peer-process';
import { createTestAdmin } from './support/test-admin';

// A real peer: Debian's Prometheus scrapes a tiny /metrics target served here, and Aftermath pulls
// the SLI from Prometheus' query_range API on its polling schedule, then reports the budget.

const binary = '/usr/bin/prometheus';
const present = existsSync(binary);
if (!present && process.env.CI !== 'true') {
  console.warn(
    `\n${binary} is missing: the Prometheus SLI test is SKIPPED.\n` +
      'Install it with `apt-get install prometheus` to run it.\n',
  );
}

// Every scrape sees 9 more successes and 1 more failure: exactly 10 % errors at any rate window.
function startTarget(): Promise<{ server: Server; port: number }> {
  let ok = 0;
  let failed = 0;
  const server = createHttpServer((request, response) => {
    if (request.url !== '/metrics') return response.writeHead(404).end();
    ok += 9;
    failed += 1;
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    response.end(
      '# TYPE http_requests_total counter\n' +
        `http_requests_total{code="200"} ${ok}\nhttp_requests_total{code="500"} ${failed}\n`,
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

const openslo = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: app-availability
spec:
  service: app
  indicator:
    metadata: { name: app-requests }
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total{code="200"}[5s]))' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total[5s]))' } } }
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`;

describe.skipIf(!present && process.env.CI !== 'true')('Prometheus → Aftermath SLI', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let authHeaders: Record<string, string> = {};
  let target: Server | undefined;
  let prometheus: ChildProcess | undefined;
  let promUrl: string;
  let promLog = '';

  beforeAll(async () => {
    // Under CI=true the binary is required: a missing one fails here instead of skipping.
    expect(existsSync(binary), `${binary} (apt-get install prometheus)`).toBe(true);
    dir = await mkdtemp(join(tmpdir(), 'aftermath-prometheus-'));
    const app = await startTarget();
    target = app.server;
    const config = join(dir, 'prometheus.yml');
    await writeFile(
      config,
      `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n` +
        `  - job_name: app\n    static_configs:\n      - targets: ['127.0.0.1:${app.port}']\n`,
    );
    const port = await freePort();
    promUrl = `http://127.0.0.1:${port}`;
    prometheus = spawn(
      binary,
      [
        `--config.file=${config}`,
        `--storage.tsdb.path=${join(dir, 'tsdb')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    prometheus.stderr?.on('data', (chunk: Buffer) => (promLog += chunk.toString()));
    await waitFor(`Prometheus to have a rate (log: ${promLog})`, 20_000, async () => {
      const query = encodeURIComponent('sum(rate(http_requests_total[5s]))');
      const answer = (await (await fetch(`${promUrl}/api/v1/query?query=${query}`)).json()) as {
        data?: { result?: unknown[] };
      };
      return (answer.data?.result?.length ?? 0) > 0 ? true : undefined;
    });
    store = await openStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
    server = await startServer({ store, port: 0, logLevel: 'silent' });
    ({ authHeaders } = await createTestAdmin(store));
  }, 40_000);

  afterAll(async () => {
    if (prometheus && prometheus.exitCode === null) {
      const exited = new Promise((resolve) => prometheus?.once('exit', resolve));
      prometheus.kill('SIGTERM');
      await exited;
    }
    await new Promise((resolve) => target?.close(resolve));
    await server?.close();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('pulls good and total through query_range on schedule and reports budget and burn', async () => {
    const ctx: Context = { store, clock: () => new Date(), newId: createIdGenerator() };
    await importOpenSlo(ctx, systemPrincipal, openslo);
    await setPrometheusSource(ctx, systemPrincipal, 'app-availability', {
      url: promUrl,
      everySeconds: 1,
      stepSeconds: 1,
      lookbackSeconds: 30,
    });
    const results: SliImportResult[] = [];
    const errors: unknown[] = [];
    const polling = startSloPolling(ctx, createPrometheusClient(), {
      tickMs: 300,
      onResult: (result) => results.push(result),
      onError: (_slo, error) => errors.push(error),
    });
    try {
      await waitFor('two polls with samples', 15_000, () =>
        Promise.resolve(
          results.filter((result) => result.samples > 0).length >= 2 ? true : undefined,
        ),
      );
    } finally {
      await polling.stop();
    }
    expect(errors).toEqual([]);
    const answer = await fetch(`${server.url}/api/v1/slos/app-availability`, {
      headers: authHeaders,
    });
    const body = (await answer.json()) as {
      status: {
        budget: { total: number; spent: number; remaining: number };
        burnRates: { long: number | null; short: number | null; firing: boolean }[];
        alert: string;
      }[];
    };
    const [status] = body.status;
    // 10 % errors against a 1 % allowance: the budget is overspent nine times over, burn 10.
    expect(status?.budget.total).toBeGreaterThan(0);
    expect(status?.budget.spent).toBeCloseTo((status?.budget.total ?? 0) * 10, 6);
    expect(status?.budget.remaining).toBeCloseTo(-9, 6);
    expect(status?.burnRates[0]?.short).toBeCloseTo(10, 6);
    // 10 is under the 1 h pair's 14.4 but over the 6 h pair's 6: a page, from the second pair.
    expect(status?.burnRates.map((rate) => rate.firing)).toEqual([false, true, true, true]);
    expect(status?.alert).toBe('page');
  }, 30_000);
});
