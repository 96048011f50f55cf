import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const openslo = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  service: checkout-api
  indicator:
    metadata: { name: checkout-requests }
    spec:
      ratioMetric:
        bad: { metricSource: { type: Prometheus, spec: { query: errors } } }
        total: { metricSource: { type: Prometheus, spec: { query: requests } } }
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ targetPercent: 99 }]
`;

describe('aftermath slo and sli', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  const at = new Date('2026-03-10T12:00:00.000Z');
  const minutesAgo = (minutes: number) => new Date(at.getTime() - minutes * 60_000).toISOString();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-slo-cli-'));
    data = ['--data', join(dir, 'data')];
    await writeFile(join(dir, 'slo.yaml'), openslo);
    await writeFile(
      join(dir, 'broken.yaml'),
      openslo.replace('targetPercent: 99', 'targetPercent: 120'),
    );
    // Ten minutes of 1000 requests, 20 failing each minute: 200 bad of 10 000, budget 100.
    const rows = Array.from({ length: 10 }, (_, index) => `${minutesAgo(9 - index)},20,1000`);
    await writeFile(join(dir, 'sli.csv'), ['timestamp,bad,total', ...rows].join('\n'));
    await writeFile(
      join(dir, 'sli.json'),
      JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } }),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports OpenSLO and CSV, then prints exactly name, budget and burn rates', async () => {
    expect((await runCli(['slo', 'import', join(dir, 'slo.yaml'), ...data])).code).toBe(0);
    const imported = await runCli([
      'sli',
      'import',
      'checkout-availability',
      join(dir, 'sli.csv'),
      ...data,
    ]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const status = await runCli(['slo', 'status', '--json', '--at', at.toISOString(), ...data]);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout) as {
      name: string;
      budget: Record<string, number>;
      burnRates: { firing: boolean; long: number }[];
    }[];
    expect(parsed).toHaveLength(1);
    expect(Object.keys(parsed[0] ?? {})).toEqual(['name', 'budget', 'burnRates']);
    expect(parsed[0]?.name).toBe('checkout-availability');
    expect(parsed[0]?.budget).toEqual({ total: 100, spent: 200, remaining: -1 });
    // 2 % errors against a 1 % allowance: burn 2 in every window, under every factor.
    expect(parsed[0]?.burnRates.map((rate) => [rate.long, rate.firing])).toEqual([
      [2, false],
      [2, false],
      [2, false],
      [2, true],
    ]);
    const text = await runCli(['slo', 'status', '--at', at.toISOString(), ...data]);
    expect(text.stdout).toContain('checkout-availability (checkout-api, target 99.0 %): TICKET');
  });

  it('exits 2 naming the document and field of a bad OpenSLO file, and the missing series', async () => {
    const broken = await runCli(['slo', 'import', join(dir, 'broken.yaml'), ...data]);
    expect(broken.code, broken.stderr).toBe(2);
    expect(broken.stderr).toContain(
      'document 1 (SLO checkout-availability) spec.objectives[0].targetPercent',
    );
    const json = await runCli([
      'sli',
      'import',
      'checkout-availability',
      join(dir, 'sli.json'),
      ...data,
    ]);
    expect(json.code, json.stderr).toBe(2);
    expect(json.stderr).toContain('series');
    const missing = await runCli([
      'sli',
      'import',
      'checkout-availability',
      join(dir, 'nope.csv'),
      ...data,
    ]);
    expect(missing.code, missing.stderr).toBe(2);
    expect(missing.stderr).toContain('nope.csv');
  });
});
