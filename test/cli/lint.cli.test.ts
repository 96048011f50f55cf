import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPostmortemMarkdown } from '@aftermath/analysis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeDocument } from '../../packages/analysis/test/postmortem-format/document-factory';
import { runCli } from './run-cli';

const awsKey = 'AKIA' + 'IOSFODNN7EXAMPLE';

// The part of SARIF 2.1.0 code-scanning tools read: a run with its tool's rules, and results with
// a level, a message and a physical location.
const sarifLog = z.object({
  $schema: z.string().includes('sarif-2.1.0'),
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        tool: z.object({
          driver: z.object({
            name: z.string(),
            version: z.string(),
            rules: z.array(
              z.object({
                id: z.string(),
                shortDescription: z.object({ text: z.string().min(1) }),
                defaultConfiguration: z.object({
                  level: z.enum(['none', 'note', 'warning', 'error']),
                }),
              }),
            ),
          }),
        }),
        results: z.array(
          z.object({
            ruleId: z.string(),
            ruleIndex: z.number().int().min(0),
            level: z.enum(['none', 'note', 'warning', 'error']),
            message: z.object({ text: z.string().min(1) }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string().min(1) }),
                    region: z.object({
                      startLine: z.number().int().min(1),
                      startColumn: z.number().int().min(1),
                      endColumn: z.number().int().min(1),
                    }),
                  }),
                }),
              )
              .length(1),
          }),
        ),
      }),
    )
    .length(1),
});

interface JsonFindings {
  findings: {
    file: string;
    line: number;
    column: number;
    severity: string;
    ruleId: string;
    message: string;
  }[];
}

describe('aftermath lint', { timeout: 240_000 }, () => {
  let dir: string;
  let notes: string;
  let clean: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-lint-'));
    await mkdir(join(dir, 'postmortems', 'node_modules'), { recursive: true });
    notes = join(dir, 'postmortems', 'notes.md');
    clean = join(dir, 'clean.txt');
    await writeFile(notes, `# Notes\n\nThe engineer was careless.\nkey ${awsKey}\n`);
    await writeFile(clean, 'The disk failed to mount; we restored from the replica.\n');
    await writeFile(join(dir, 'postmortems', 'image.png'), 'We should have known.');
    await writeFile(join(dir, 'postmortems', 'node_modules', 'x.md'), 'Human error.');
    const doc = makeDocument();
    await writeFile(join(dir, 'postmortems', 'INC-7.md'), renderPostmortemMarkdown(doc));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints eslint-style lines and a summary, and exits 1 on errors', async () => {
    const result = await runCli(['lint', notes, clean]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/:3:18 error blameless\/judgement "careless" grades a person/);
    expect(lines[0]?.startsWith(`${notes}:3:18 `)).toBe(true);
    expect(lines[1]).toContain(':4:5 error redaction/secret aws-access-key');
    expect(lines.at(-1)).toBe('2 problems (2 errors, 0 warnings) in 2 files');
    expect(result.stdout).not.toContain(awsKey);
  });

  it('exits 0 on a clean file and when only warnings are found', async () => {
    expect(await runCli(['lint', clean])).toMatchObject({
      code: 0,
      stdout: 'no problems in 1 file\n',
    });
    const warned = await runCli(['lint', '-', '--format', 'json'], {
      input: 'We should have known.',
    });
    expect(warned.code).toBe(0);
    expect(JSON.parse(warned.stdout)).toMatchObject({
      findings: [
        {
          file: '<stdin>',
          line: 1,
          column: 4,
          severity: 'warning',
          ruleId: 'blameless/counterfactual',
        },
      ],
    });
  });

  it('searches folders for Markdown and text, skipping node_modules, and runs the checklist on postmortems', async () => {
    const result = await runCli(['lint', dir, '--format', 'json']);
    const { findings } = JSON.parse(result.stdout) as JsonFindings;
    const files = [...new Set(findings.map((f) => f.file.slice(dir.length + 1)))];
    expect(files.sort()).toEqual(['postmortems/INC-7.md', 'postmortems/notes.md']);
    const checklist = findings.filter((f) => f.ruleId.startsWith('checklist/'));
    expect(checklist.map((f) => f.ruleId)).toContain('checklist/rca-coded');
    expect(checklist.every((f) => f.file.endsWith('INC-7.md') && f.severity === 'warning')).toBe(
      true,
    );
    expect(Object.keys(findings[0] ?? {})).toEqual(
      expect.arrayContaining(['file', 'line', 'column', 'severity', 'ruleId', 'message']),
    );
  });

  it('prints a SARIF 2.1.0 log whose results point at their rules', async () => {
    const result = await runCli(['lint', notes, '--format', 'sarif']);
    expect(result.code).toBe(1);
    const log = sarifLog.parse(JSON.parse(result.stdout));
    const run = log.runs[0]!;
    expect(
      run.results.map((r) => [
        r.ruleId,
        r.level,
        r.locations[0]?.physicalLocation.region.startLine,
      ]),
    ).toEqual([
      ['blameless/judgement', 'error', 3],
      ['redaction/secret', 'error', 4],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(run.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(notes);
  });

  it('exits 2 naming the problem for a missing path or an unknown format', async () => {
    const missing = await runCli(['lint', join(dir, 'nope.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.md: no such file or folder');
    const format = await runCli(['lint', clean, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format');
    expect((await runCli(['lint'])).code).toBe(2);
  });
});
