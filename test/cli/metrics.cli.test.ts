import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('aftermath metrics', { timeout: 120_000 }, () => {
  let dir: string;
  const data = () => ['--data', dir];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-metrics-'));
    // Two status-page incidents: impact 10:00, posted (detected) 10:10 and 10:30, resolved an
    // hour and three hours after impact. Impact "critical" is SEV1, "minor" SEV3.
    const incident = (
      id: string,
      day: string,
      posted: number,
      resolved: number,
      impact: string,
    ) => ({
      id,
      name: `Checkout errors ${id}`,
      impact,
      started_at: `${day}T10:00:00.000Z`,
      created_at: new Date(Date.parse(`${day}T10:00:00.000Z`) + posted * 60_000).toISOString(),
      resolved_at: new Date(Date.parse(`${day}T10:00:00.000Z`) + resolved * 60_000).toISOString(),
      incident_updates: [],
    });
    const file = join(dir, 'history.json');
    await writeFile(
      file,
      JSON.stringify([
        { incident: incident('aaa111', '2026-03-02', 10, 60, 'critical') },
        { incident: incident('bbb222', '2026-03-09', 30, 180, 'minor') },
      ]),
    );
    const imported = await runCli(['import', '--format', 'statuspage', file, ...data()]);
    expect(imported.code, imported.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the DESIGN §3 JSON: mttr and mttd as {n, median, p90, mean} in seconds', async () => {
    const result = await runCli(['metrics', '--json', ...data()]);
    expect(result.code, result.stderr).toBe(0);
    const metrics = JSON.parse(result.stdout) as Record<string, Record<string, unknown>>;
    // 3600 s and 10800 s: median 7200, p90 at rank 0.9 = 3600 + 0.9 × 7200 = 10080.
    expect(metrics.mttr).toMatchObject({
      n: 2,
      median: 7200,
      p90: 10_080,
      mean: 7200,
      excluded: 0,
    });
    expect(metrics.mttd).toMatchObject({ n: 2, median: 1200, p90: 1680, mean: 1200 });
    expect(metrics.incidents).toBe(2);
  });

  it('prints a table with n before median and p90, and the mean in parentheses', async () => {
    const result = await runCli(['metrics', '--severity', 'SEV1', ...data()]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Incidents in scope: 1');
    expect(result.stdout).toMatch(/MTTR.*\s1\s+1h 00m\s+1h 00m\s+\(1h 00m\).*small sample/);
    const header = result.stdout.split('\n').find((line) => line.startsWith('DURATION')) ?? '';
    expect(header.indexOf(' n ')).toBeLessThan(header.indexOf('median'));
    expect(header.indexOf('p90')).toBeLessThan(header.indexOf('(mean)'));
  });

  it('exits 2 naming the flag when a filter is wrong', async () => {
    const result = await runCli([
      'metrics',
      '--from',
      'last-week',
      '--severity',
      'SEV9',
      ...data(),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--from');
    expect(result.stderr).toContain('--severity');
  });
});
