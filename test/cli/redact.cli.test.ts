import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const awsKey = 'AKIA' + 'IOSFODNN7EXAMPLE';
const pem = [
  '-----BEGIN RSA PRIVATE ' + 'KEY-----',
  'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM',
  'lAIa8ZJ1ZS3kXcbW9d0bGx6Vrb1p',
  '-----END RSA PRIVATE ' + 'KEY-----',
].join('\n');

describe('aftermath redact', { timeout: 240_000 }, () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-redact-'));
    file = join(dir, 'notes.txt');
    await writeFile(file, `key=${awsKey}\nagain ${awsKey}, mail ops@example.com\n${pem}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the text with consistent placeholders', async () => {
    const result = await runCli(['redact', file]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('key=[REDACTED:aws-access-key#1]');
    expect(lines[1]).toBe('again [REDACTED:aws-access-key#1], mail [REDACTED:email#1]');
    expect(result.stdout).not.toContain(awsKey);
    expect(result.stdout).not.toContain('MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM');
  });

  it('prints where with --json: one finding per line of a multi-line secret, never a value', async () => {
    const result = await runCli(['redact', '-', '--json'], { input: `x ${awsKey}\n${pem}` });
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { findings: Record<string, unknown>[] };
    expect(body.findings[0]).toEqual({
      line: 1,
      start: 2,
      end: 22,
      kind: 'secret',
      rule: 'aws-access-key',
    });
    expect(
      body.findings.filter((f) => f.rule === body.findings[1]?.rule).map((f) => f.line),
    ).toEqual([2, 3, 4, 5]);
    for (const finding of body.findings)
      expect(Object.keys(finding).sort()).toEqual(['end', 'kind', 'line', 'rule', 'start']);
    expect(result.stdout).not.toContain(awsKey);
  });

  it('redacts the names of the workspace directory when given its data folder', async () => {
    const data = join(dir, 'data');
    const demo = await runCli(['demo', '--data', data]);
    expect(demo.code).toBe(0);
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(data)).not.toHaveLength(0);
    const users = await runCli(['redact', '-', '--data', data], { input: 'Paged Sofia Rossi.' });
    expect(users.code).toBe(0);
    expect(users.stdout).toBe('Paged [REDACTED:person-name#1].');
  });

  it('exits 2 naming a file that does not exist', async () => {
    const result = await runCli(['redact', join(dir, 'missing.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.txt: cannot read (no such file)');
  });
});
