import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const log = [
  '2026-03-01 12:00:01,120 INFO worker: job 17 finished in 120 ms',
  '2026-03-01 12:00:02,004 ERROR db: connection to 10.0.0.7 refused',
  '2026-03-01 12:00:03,530 INFO worker: job 18 finished in 95 ms',
  'no timestamp on this line at all',
  '2026-03-01 12:00:05,999 ERROR db: connection to 10.0.0.9 refused',
].join('\n');

interface Assignment {
  line: number;
  templateId: string;
  template: string;
  at: string | null;
}

const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Assignment);

describe('aftermath logs parse', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-logs-'));
    await writeFile(join(dir, 'app.log'), log);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one assignment per line, lines of one template sharing id and final template', async () => {
    const result = await runCli(['logs', 'parse', join(dir, 'app.log')]);
    expect(result.code).toBe(0);
    const rows = parse(result.stdout);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]?.templateId).toBe(rows[2]?.templateId);
    expect(rows[1]?.templateId).toBe(rows[4]?.templateId);
    expect(rows[0]?.templateId).not.toBe(rows[1]?.templateId);
    expect(rows[0]?.template).toMatch(/job <\*> finished in <\*> ms$/);
    expect(rows[1]?.template).toMatch(/connection to <\*> refused$/);
    expect(rows[0]?.at).toBe('2026-03-01T12:00:01.120Z');
    expect(rows[3]?.at).toBeNull();
    expect(result.stderr).toContain('5 lines');
  });

  it('reads gzip from stdin', async () => {
    const result = await runCli(['logs', 'parse', '-'], {
      input: gzipSync(log),
    });
    expect(result.code).toBe(0);
    expect(parse(result.stdout)).toHaveLength(5);
  });

  it('exits 2 naming a missing file', async () => {
    const result = await runCli(['logs', 'parse', join(dir, 'missing.log')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.log');
  });
});
