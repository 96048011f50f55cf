import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const exportFiles: Record<string, unknown> = {
  'users.json': [
    { id: 'U1', name: 'alice', profile: { display_name: 'Alice', real_name: 'Alice Liddell' } },
  ],
  'channels.json': [{ id: 'C9', name: 'inc-42' }],
  'inc-42/2026-11-20.json': [
    { type: 'message', user: 'U1', text: 'checkout 502s', ts: '1795190400.000100' },
    { type: 'message', user: 'U1', text: 'rolled back', ts: '1795190700.000100' },
  ],
};

interface EvidenceJson {
  format: string;
  name: string;
  entriesAdded: number;
  duplicatesSkipped: number;
}
interface TimelineJson {
  entries: { title: string; at: string; author: string | null; zoneAssumed: boolean }[];
}

describe('aftermath import of Slack folders and chat transcripts', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  const path = (name: string) => join(dir, name);
  const timeline = async (key: string) =>
    JSON.parse((await runCli(['timeline', key, '--json', ...data])).stdout) as TimelineJson;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-slack-'));
    data = ['--data', path('data')];
    for (const [name, content] of Object.entries(exportFiles)) {
      const file = path(join('slack-export', name));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(content));
    }
    await writeFile(path('bridge.txt'), '[14:02] alice: paging db on-call\n[14:05] bob: ack\n');
    for (const title of ['Checkout errors', 'Chat only']) {
      await runCli(['incident', 'create', '--title', title, '--severity', 'SEV2', ...data]);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads an unzipped Slack export folder with --format slack, once', async () => {
    const args = ['import', path('slack-export'), '--format', 'slack', '--incident', 'INC-1'];
    const first = await runCli([...args, '--json', ...data]);
    expect(first.code).toBe(0);
    const [evidence] = JSON.parse(first.stdout) as EvidenceJson[];
    expect(evidence).toMatchObject({
      format: 'slack',
      name: expect.stringMatching(/slack-export\.tar$/) as string,
      entriesAdded: 2,
    });
    const again = JSON.parse((await runCli([...args, '--json', ...data])).stdout) as EvidenceJson[];
    expect(again[0]).toMatchObject({ entriesAdded: 0, duplicatesSkipped: 2 });
    const { entries } = await timeline('INC-1');
    expect(entries.map((entry) => [entry.title, entry.author])).toEqual([
      ['Alice in #inc-42: checkout 502s', 'Alice'],
      ['Alice in #inc-42: rolled back', 'Alice'],
    ]);
  });

  it('keeps the folder as a tar archive that unpacks to the same files', async () => {
    const list = JSON.parse((await runCli(['timeline', 'INC-1', '--json', ...data])).stdout) as {
      entries: { evidence: { evidenceId: string } }[];
    };
    const evidenceId = list.entries[0]?.evidence.evidenceId ?? '';
    const blobs = execFileSync('find', [path('data'), '-type', 'f', '-size', '+1k'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => file.includes('blob'));
    expect(evidenceId).not.toBe('');
    const names = blobs.flatMap((blob) => {
      try {
        return execFileSync('tar', ['-tf', blob], { encoding: 'utf8' }).trim().split('\n');
      } catch {
        return [];
      }
    });
    expect(names).toEqual(['channels.json', 'inc-42/2026-11-20.json', 'users.json']);
  });

  it('refuses a folder without --format slack, naming the folder, exit 2', async () => {
    const result = await runCli(['import', path('slack-export'), '--incident', 'INC-1', ...data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path('slack-export')}: is a folder`);
  });

  it('dates a transcript of bare times with --reference-date, in the zone given', async () => {
    const bad = await runCli([
      'import',
      path('bridge.txt'),
      '--format',
      'chat',
      '--incident',
      'INC-2',
      '--reference-date',
      '2026-02-30',
      ...data,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--reference-date must be a date as YYYY-MM-DD');
    const ok = await runCli([
      'import',
      path('bridge.txt'),
      '--format',
      'chat',
      '--incident',
      'INC-2',
      '--reference-date',
      '2026-11-20',
      '--zone',
      'Europe/Berlin',
      ...data,
    ]);
    expect(ok.code).toBe(0);
    const { entries } = await timeline('INC-2');
    expect(entries.map((entry) => [entry.at, entry.author, entry.zoneAssumed])).toEqual([
      ['2026-11-20T13:02:00.000Z', 'alice', true],
      ['2026-11-20T13:05:00.000Z', 'bob', true],
    ]);
  });
});
