import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const events = [
  {
    id: 'flag-1',
    service: 'payments',
    version: 'retries=on',
    who: 'li.wei',
    when: '2026-03-01 11:40:00',
    kind: 'feature-flag',
  },
  {
    id: 'dep-1',
    service: 'checkout-api',
    version: '1.4.2',
    who: 'ci-bot',
    when: '2026-03-01T11:52:00Z',
    kind: 'deploy',
  },
];

describe('aftermath timeline', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  let evidenceId: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-timeline-'));
    data = ['--data', join(dir, 'data')];
    await runCli([
      'incident',
      'create',
      '--title',
      'Checkout errors',
      '--severity',
      'SEV2',
      '--service',
      'checkout-api',
      '--impact-started-at',
      '2026-03-01T11:55:00Z',
      '--detected-at',
      '2026-03-01T12:01:00Z',
      ...data,
    ]);
    await writeFile(join(dir, 'changes.json'), JSON.stringify(events, null, 2));
    const imported = await runCli([
      'import',
      join(dir, 'changes.json'),
      '--incident',
      'INC-1',
      '--json',
      ...data,
    ]);
    evidenceId = (JSON.parse(imported.stdout) as { id: string }[])[0]?.id ?? '';
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints entries in time order, milestones, and the deploy just before impact as top suspect', async () => {
    const result = await runCli(['timeline', 'INC-1', '--json', ...data]);
    expect(result.code).toBe(0);
    const view = JSON.parse(result.stdout) as {
      entries: { title: string; zoneAssumed: boolean; evidence: { evidenceId: string } }[];
      milestones: { recorded: Record<string, string | null>; proposed: Record<string, unknown> };
      suspects: { title: string; secondsBeforeImpact: number; reasons: string[] }[];
      gaps: unknown[];
    };
    expect(Object.keys(view)).toEqual(['entries', 'milestones', 'suspects', 'gaps']);
    expect(view.entries.map((entry) => [entry.title, entry.zoneAssumed])).toEqual([
      ['Feature flag change on payments (retries=on)', true],
      ['Deployed checkout-api 1.4.2', false],
    ]);
    expect(view.entries.every((entry) => entry.evidence.evidenceId === evidenceId)).toBe(true);
    expect(view.milestones.recorded).toMatchObject({
      impactStartedAt: '2026-03-01T11:55:00.000Z',
      detectedAt: '2026-03-01T12:01:00.000Z',
      resolvedAt: null,
    });
    expect(view.suspects.map((suspect) => suspect.title)).toEqual([
      'Deployed checkout-api 1.4.2',
      'Feature flag change on payments (retries=on)',
    ]);
    expect(view.suspects[0]?.secondsBeforeImpact).toBe(180);
    expect(view.suspects[0]?.reasons).toContain('same service: checkout-api');
    expect(view.gaps).toEqual([]);
  });

  it('prints text and Markdown that point back to the evidence and flag assumed zones', async () => {
    const text = await runCli(['timeline', 'INC-1', ...data]);
    expect(text.stdout).toMatch(
      /1\. [0-9.]+ 2026-03-01 11:52:00Z Deployed checkout-api 1\.4\.2 — /,
    );
    expect(text.stdout).toContain('2026-03-01 11:40:00Z* change');
    const md = await runCli(['timeline', 'INC-1', '--md', ...data]);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('# Timeline of INC-1');
    const deployRow = md.stdout
      .split('\n')
      .find((line) => line.includes('| Deployed checkout-api'));
    expect(deployRow).toContain(`${evidenceId} line 10`);
    expect(md.stdout).toContain('zone assumed');
  });

  it('exits 2 for an unknown incident or for --md with --json', async () => {
    expect((await runCli(['timeline', 'INC-9', ...data])).code).toBe(2);
    const both = await runCli(['timeline', 'INC-1', '--md', '--json', ...data]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('choose one of --md and --json');
  });
});
