import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const history = resolve(
  import.meta.dirname,
  '../../../shared/realdata/statuspage-github-incident-history/dev/incidents',
);

describe('aftermath import --format statuspage', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-statuspage-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates one incident per status-page incident, once, and refuses --incident', async () => {
    const files = (await readdir(history))
      .sort()
      .slice(0, 3)
      .map((f) => join(history, f));
    const data = ['--data', dir];
    const first = await runCli(['import', '--format', 'statuspage', ...files, '--json', ...data]);
    expect(first.code).toBe(0);
    const created = (JSON.parse(first.stdout) as { created: string[] }[]).flatMap((r) => r.created);
    expect(created).toEqual(['INC-1', 'INC-2', 'INC-3']);
    const again = await runCli(['import', '--format', 'statuspage', ...files, '--json', ...data]);
    expect((JSON.parse(again.stdout) as { skipped: number }[]).map((r) => r.skipped)).toEqual([
      1, 1, 1,
    ]);
    const list = JSON.parse((await runCli(['incident', 'list', '--json', ...data])).stdout) as {
      total: number;
    };
    expect(list.total).toBe(3);
    const both = await runCli([
      'import',
      '--format',
      'statuspage',
      '--incident',
      'INC-1',
      ...files,
      ...data,
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/leave out --incident/);
  });

  it('reports a file that is not JSON with exit 2 and creates nothing', async () => {
    const bad = join(dir, 'broken.json');
    await writeFile(bad, '{"incident": ');
    const data = ['--data', join(dir, 'other')];
    const result = await runCli(['import', '--format', 'statuspage', bad, ...data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: not JSON`);
    const list = JSON.parse((await runCli(['incident', 'list', '--json', ...data])).stdout) as {
      total: number;
    };
    expect(list.total).toBe(0);
  });
});
