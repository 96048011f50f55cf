import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('aftermath incident', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const data = () => ['--data', dir];

  it('creates, lists and shows incidents as JSON', async () => {
    const created = await runCli([
      'incident',
      'create',
      '--title',
      'Checkout errors',
      '--severity',
      'SEV2',
      '--service',
      'checkout-api',
      '--json',
      ...data(),
    ]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      key: 'INC-1',
      severity: 'SEV2',
      services: ['checkout-api'],
    });
    await runCli(['incident', 'create', '--title', 'Search slow', '--severity', 'SEV3', ...data()]);
    const list = await runCli(['incident', 'list', '--json', ...data()]);
    const page = JSON.parse(list.stdout) as { items: { key: string }[]; total: number };
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.key)).toEqual(['INC-2', 'INC-1']);
    const filtered = await runCli(['incident', 'list', '--severity', 'SEV3', '--json', ...data()]);
    expect(JSON.parse(filtered.stdout)).toMatchObject({ total: 1, items: [{ key: 'INC-2' }] });
    const shown = await runCli(['incident', 'show', 'INC-1', ...data()]);
    expect(shown.stdout).toContain('INC-1  Checkout errors');
  });

  it('exits 2 naming the field on bad input, and creates nothing', async () => {
    const bad = await runCli([
      'incident',
      'create',
      '--title',
      'x',
      '--severity',
      'SEV7',
      ...data(),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/severity/);
    const missing = await runCli(['incident', 'create', '--severity', 'SEV1', ...data()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--title/);
    const unknown = await runCli(['incident', 'show', 'INC-99', ...data()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/INC-99/);
    const list = await runCli(['incident', 'list', '--json', ...data()]);
    expect((JSON.parse(list.stdout) as { total: number }).total).toBe(2);
  });

  it('shows help for every command and exits 0', async () => {
    const help = await runCli(['incident', 'create', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--severity <sev>');
    const top = await runCli(['--help']);
    for (const command of ['serve', 'migrate', 'demo', 'incident', 'export', 'import-docs']) {
      expect(top.stdout).toContain(command);
    }
  });

  it('rejects a non-PostgreSQL database URL with exit 2', async () => {
    const bad = await runCli(['incident', 'list', '--database-url', 'mysql://x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/database-url/);
  });
});
