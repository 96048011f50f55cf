import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const deploy = JSON.stringify({
  service: 'checkout-api',
  version: 'v42',
  who: 'ci-bot',
  when: '2026-03-01T11:52:00Z',
  kind: 'deploy',
});

describe('aftermath backup and restore', { timeout: 240_000 }, () => {
  let dir: string;
  const data = (name: string) => ['--data', join(dir, name)];
  const listed = async (name: string) => {
    const result = await runCli(['incident', 'list', '--json', ...data(name)]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as { items: { key: string; title: string }[]; total: number };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-backup-cli-'));
    for (const title of ['Checkout down', 'Search slow']) {
      const created = await runCli([
        'incident',
        'create',
        '--title',
        title,
        '--severity',
        'SEV2',
        '--json',
        ...data('source'),
      ]);
      expect(created.code, created.stderr).toBe(0);
    }
    await writeFile(join(dir, 'deploy.json'), deploy);
    const imported = await runCli([
      'import',
      join(dir, 'deploy.json'),
      '--incident',
      'INC-1',
      ...data('source'),
    ]);
    expect(imported.code, imported.stderr).toBe(0);
  }, 240_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('backs up to FILE and restores into an empty data folder, evidence included', async () => {
    const file = join(dir, 'workspace.backup.gz');
    const backup = await runCli(['backup', file, '--json', ...data('source')]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toContain('backup incidents: 2 rows');
    const report = JSON.parse(backup.stdout) as { tables: Record<string, number>; blobs: number };
    expect(report.tables.incidents).toBe(2);
    expect(report.blobs).toBe(1);

    const restore = await runCli(['restore', file, '--json', ...data('copy')]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(await listed('copy')).toEqual(await listed('source'));
    const timeline = await runCli(['timeline', 'INC-1', '--json', ...data('copy')]);
    expect(timeline.stdout).toContain('v42');
    const blobs = await readdir(join(dir, 'copy', 'blobs'), { recursive: true });
    expect(blobs.some((name) => /[0-9a-f]{64}$/.test(name))).toBe(true);
    const next = await runCli([
      'incident',
      'create',
      '--title',
      'Third',
      '--severity',
      'SEV4',
      '--json',
      ...data('copy'),
    ]);
    expect(JSON.parse(next.stdout)).toMatchObject({ key: 'INC-3' });
  });

  it('refuses a database with data unless --force, and a file that is no backup', async () => {
    const file = join(dir, 'again.backup.gz');
    expect((await runCli(['backup', file, ...data('source')])).code).toBe(0);
    const refused = await runCli(['restore', file, ...data('source')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    const forced = await runCli(['restore', file, '--force', ...data('source')]);
    expect(forced.code, forced.stderr).toBe(0);
    await writeFile(join(dir, 'junk.gz'), 'hello');
    const junk = await runCli(['restore', join(dir, 'junk.gz'), '--force', ...data('source')]);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toContain('not a gzip');
    expect((await listed('source')).total).toBe(2);
  });

  it('writes nothing at FILE when the folder does not exist', async () => {
    const result = await runCli(['backup', join(dir, 'missing', 'x.gz'), ...data('source')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not exist');
  });
});
