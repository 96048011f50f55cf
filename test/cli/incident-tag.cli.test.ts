import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('aftermath incident tag', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-tag-'));
    data = ['--data', join(dir, 'data')];
    const created = await runCli([
      'incident',
      'create',
      '--title',
      'Disk full',
      '--severity',
      'SEV2',
      '--tag',
      'triage',
      ...data,
    ]);
    expect(created.code).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('adds +TAG and removes -TAG in one change', async () => {
    const result = await runCli([
      'incident',
      'tag',
      'INC-1',
      '+database',
      '-triage',
      '--json',
      ...data,
    ]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { tags: string[] }).tags).toEqual(['database']);
    const shown = await runCli(['incident', 'show', 'INC-1', ...data]);
    expect(shown.stdout).toContain('database');
  });

  it('refuses a word without + or - and a malformed tag with exit code 2, changing nothing', async () => {
    const bare = await runCli(['incident', 'tag', 'INC-1', 'database', ...data]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('+TAG');
    const bad = await runCli(['incident', 'tag', 'INC-1', '+Bad_Tag', ...data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('add');
    const shown = await runCli(['incident', 'show', 'INC-1', '--json', ...data]);
    expect((JSON.parse(shown.stdout) as { tags: string[] }).tags).toEqual(['database']);
  });
});
