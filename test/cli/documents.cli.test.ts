import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('export and import-docs', { timeout: 240_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-docs-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips demo incidents through Markdown byte for byte', async () => {
    const source = ['--data', join(dir, 'source')];
    const target = ['--data', join(dir, 'target')];
    expect((await runCli(['demo', ...source])).code).toBe(0);
    const list = JSON.parse((await runCli(['incident', 'list', '--json', ...source])).stdout) as {
      items: { key: string }[];
    };
    expect(list.items.length).toBeGreaterThanOrEqual(5);
    // Two incidents through real processes; every incident is covered in-process by
    // test/integration/document-round-trip.test.ts.
    const chosen = list.items.slice(0, 2);
    const exported = new Map<string, string>();
    for (const { key } of chosen) {
      const md = await runCli(['export', key, '--format', 'md', ...source]);
      expect(md.code).toBe(0);
      exported.set(key, md.stdout);
      await writeFile(join(dir, `${key}.md`), md.stdout);
    }
    const imported = await runCli([
      'import-docs',
      ...chosen.map((i) => join(dir, `${i.key}.md`)),
      ...target,
    ]);
    expect(imported.code).toBe(0);
    for (const [key, md] of exported) {
      const again = await runCli(['export', key, '--format', 'md', ...target]);
      expect(again.stdout).toBe(md);
    }
    const json = await runCli(['export', list.items[0]?.key ?? '', '--format', 'json', ...source]);
    expect(JSON.parse(json.stdout)).toHaveProperty('incident.key', list.items[0]?.key);
  });

  it('reports a malformed file with file, line and field, and writes nothing from it', async () => {
    const data = ['--data', join(dir, 'malformed')];
    await runCli(['incident', 'create', '--title', 'Seed', '--severity', 'SEV3', ...data]);
    const md = (await runCli(['export', 'INC-1', ...data])).stdout;
    const good = md.replace('INC-1', 'INC-5');
    const bad = good.replace('INC-5', 'INC-6').replace(/^severity: SEV3$/m, 'severity: SEV9');
    expect(bad).not.toBe(good.replace('INC-5', 'INC-6'));
    await writeFile(join(dir, 'bad.md'), bad);
    await writeFile(join(dir, 'good.md'), good);
    const result = await runCli([
      'import-docs',
      join(dir, 'bad.md'),
      join(dir, 'good.md'),
      ...data,
    ]);
    expect(result.code).toBe(2);
    const line = bad.split('\n').findIndex((l) => l.startsWith('severity:')) + 1;
    expect(result.stderr).toContain(`${join(dir, 'bad.md')}:${line}`);
    expect(result.stderr).toMatch(/severity/);
    const list = JSON.parse((await runCli(['incident', 'list', '--json', ...data])).stdout) as {
      items: { key: string }[];
    };
    expect(list.items.map((i) => i.key).sort()).toEqual(['INC-1', 'INC-5']);
    expect(await readFile(join(dir, 'good.md'), 'utf8')).toBe(good);
  });
});
