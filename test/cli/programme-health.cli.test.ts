import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

interface Health {
  periods: string[];
  signals: { id: string; status: string; n: number; trend: unknown[] }[];
}

describe('aftermath programme-health', { timeout: 120_000 }, () => {
  let demo: string;
  let empty: string;
  beforeAll(async () => {
    demo = await mkdtemp(join(tmpdir(), 'aftermath-health-demo-'));
    empty = await mkdtemp(join(tmpdir(), 'aftermath-health-empty-'));
    const loaded = await runCli(['demo', '--data', demo]);
    expect(loaded.code, loaded.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(demo, { recursive: true, force: true });
    await rm(empty, { recursive: true, force: true });
  });

  it('exits 1 when a signal is at alert and prints every signal with its weekly trend', async () => {
    const result = await runCli(['programme-health', '--json', '--weeks', '4', '--data', demo]);
    const health = JSON.parse(result.stdout) as Health;
    expect(health.periods).toHaveLength(4);
    expect(health.signals).toHaveLength(8);
    for (const signal of health.signals) expect(signal.trend).toHaveLength(4);
    // The demo leaves some actions overdue: at least one signal is at alert.
    expect(health.signals.some((s) => s.status === 'alert')).toBe(true);
    expect(result.code, result.stderr).toBe(1);

    const text = await runCli(['programme-health', '--data', demo]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^ALERT\s+Drifting actions: [\d.]+% \(n = \d+ active actions;/m);
    expect(text.stdout).toContain('trend:');
  });

  it('exits 0 on a workspace with nothing to measure', async () => {
    const result = await runCli(['programme-health', '--json', '--data', empty]);
    expect(result.code, result.stderr).toBe(0);
    const health = JSON.parse(result.stdout) as Health;
    expect(health.periods).toHaveLength(8);
    expect(health.signals.filter((s) => s.status === 'alert')).toEqual([]);
  });

  it('names a bad --weeks and exits 2', async () => {
    const result = await runCli(['programme-health', '--weeks', '30', '--data', empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--weeks must be a whole number from 2 to 26');
  });
});
