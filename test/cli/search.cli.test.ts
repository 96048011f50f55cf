import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('aftermath search', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-search-'));
    data = ['--data', join(dir, 'data')];
    expect((await runCli(['demo', ...data])).code).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the demo incident a timeline entry mentions, as JSON', async () => {
    const result = await runCli(['search', 'evicted', 'keys', '--json', ...data]);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout) as {
      items: { title: string; matchedIn: string[] }[];
      total: number;
    };
    expect(answer.items[0]?.title).toContain('cart-redis');
    expect(answer.total).toBeGreaterThanOrEqual(1);
  });

  it('prints hits with the matched words marked', async () => {
    const result = await runCli(['search', 'cart-redis', ...data]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/INC-\d+ {2}SEV\d {2}.*cart-redis/);
    expect(result.stdout).toContain('«');
  });

  it('refuses a bad filter with exit code 2, naming it', async () => {
    const result = await runCli(['search', 'x', '--severity', 'SEV9', ...data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('severity');
  });
});
