import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const events = [
  {
    id: 'd-1',
    service: 'checkout-api',
    version: '1.4.2',
    who: 'ci-bot',
    when: '2026-03-01T11:52:00Z',
    kind: 'deploy',
  },
  {
    service: 'checkout-api',
    version: 'limits@7',
    who: 'dana',
    when: '2026-03-01T12:03:00Z',
    kind: 'config',
  },
  { service: 'payments', version: 'v9', who: 'ops', when: 'soon', kind: 'deploy' },
];
const jsonLines = `${events.map((event) => JSON.stringify(event)).join('\n')}\n`;

interface EvidenceJson {
  format: string;
  name: string;
  records: number;
  entriesAdded: number;
  duplicatesSkipped: number;
  problems: { line: number | null; message: string }[];
}

describe('aftermath import', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  const file = (name: string) => join(dir, name);
  const importJson = async (...args: string[]) => {
    const result = await runCli(['import', ...args, '--incident', 'INC-1', '--json', ...data]);
    return {
      ...result,
      evidence: result.code === 0 ? (JSON.parse(result.stdout) as EvidenceJson[]) : [],
    };
  };
  const entryCount = async () => {
    const view = await runCli(['timeline', 'INC-1', '--json', ...data]);
    return (JSON.parse(view.stdout) as { entries: unknown[] }).entries.length;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-import-'));
    data = ['--data', join(dir, 'data')];
    await writeFile(file('deploys.jsonl'), jsonLines);
    await writeFile(file('deploys.jsonl.gz'), gzipSync(jsonLines));
    await writeFile(file('notes.txt'), 'we rolled back at noon\n');
    await runCli([
      'incident',
      'create',
      '--title',
      'Checkout errors',
      '--severity',
      'SEV2',
      ...data,
    ]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a file, reports problems as file:line, and adds nothing the second time', async () => {
    const first = await runCli(['import', file('deploys.jsonl'), '--incident', 'INC-1', ...data]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'deploy (detected), 3 records read, 2 entries added, 0 duplicates skipped, 1 problem',
    );
    expect(first.stdout).toContain(`${file('deploys.jsonl')}:3: when: expected an ISO 8601 time`);
    expect(first.stderr).toBe('');
    const again = await importJson(file('deploys.jsonl'));
    expect(again.evidence.map((e) => [e.entriesAdded, e.duplicatesSkipped])).toEqual([[0, 2]]);
    expect(await entryCount()).toBe(2);
  });

  it('reads gzip transparently: the same events gzipped add nothing new', async () => {
    const result = await importJson(file('deploys.jsonl.gz'));
    expect(result.code).toBe(0);
    expect(result.evidence).toEqual([
      expect.objectContaining({
        format: 'deploy',
        records: 3,
        entriesAdded: 0,
        duplicatesSkipped: 2,
      }),
    ]);
  });

  it('reads stdin with -, in the zone given for times without one', async () => {
    const event = {
      service: 'cart',
      version: 'v2',
      who: 'amara',
      when: '2026-03-01 13:30',
      kind: 'migration',
    };
    const result = await runCli(
      ['import', '-', '--incident', 'INC-1', '--zone', 'Europe/Berlin', '--json', ...data],
      { input: JSON.stringify(event) },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ name: 'stdin', entriesAdded: 1 }),
    ]);
    const view = JSON.parse((await runCli(['timeline', 'INC-1', '--json', ...data])).stdout) as {
      entries: { title: string; at: string; zoneAssumed: boolean }[];
    };
    expect(view.entries.find((entry) => entry.title.startsWith('Migration on cart'))).toMatchObject(
      {
        at: '2026-03-01T12:30:00.000Z',
        zoneAssumed: true,
      },
    );
  });

  it('exits 2 on an unknown format, an undetectable file or a missing incident, writing nothing', async () => {
    const before = await entryCount();
    const format = await runCli([
      'import',
      file('deploys.jsonl'),
      '--incident',
      'INC-1',
      '--format',
      'word',
      ...data,
    ]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be auto or one of: .*deploy/);
    const unknown = await runCli(['import', file('notes.txt'), '--incident', 'INC-1', ...data]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`${file('notes.txt')}: cannot tell its format; name one of:`);
    const missing = await runCli(['import', file('deploys.jsonl'), '--incident', 'INC-9', ...data]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No incident INC-9');
    expect(await entryCount()).toBe(before);
  });
});
