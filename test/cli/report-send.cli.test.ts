import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('aftermath report --send', { timeout: 120_000 }, () => {
  let dir: string;
  const data = () => ['--data', dir];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-report-send-'));
    const migrated = await runCli(['migrate', ...data()]);
    expect(migrated.code, migrated.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('queues the Markdown report to the targets subscribed to report, and only those', async () => {
    const target = (name: string, events: string) =>
      runCli([
        'notify',
        'targets',
        'set',
        name,
        '--type',
        'slack',
        '--url',
        'http://127.0.0.1:9/hook',
        '--events',
        events,
        ...data(),
      ]);
    expect((await target('leaders', 'report')).code).toBe(0);
    expect((await target('oncall', 'published')).code).toBe(0);

    const sent = await runCli(['report', 'weekly', '--at', '2026-11-25', '--send', ...data()]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toContain('2026-W48');
    expect(sent.stderr).toContain('queued to 1 notification target(s) subscribed to report');

    const log = await runCli(['notify', 'deliveries', '--json', ...data()]);
    const { items } = JSON.parse(log.stdout) as { items: { target: string }[] };
    expect(items.map((item) => item.target)).toEqual(['leaders']);
  });

  it('without --send queues nothing', async () => {
    const before = await runCli(['notify', 'deliveries', '--json', ...data()]);
    const count = (JSON.parse(before.stdout) as { items: unknown[] }).items.length;
    const plain = await runCli(['report', 'monthly', '--at', '2026-11-25', ...data()]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).not.toContain('queued');
    const after = await runCli(['notify', 'deliveries', '--json', ...data()]);
    expect((JSON.parse(after.stdout) as { items: unknown[] }).items).toHaveLength(count);
  });
});
