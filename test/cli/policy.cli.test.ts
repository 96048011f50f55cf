import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPostmortemMarkdown } from '@aftermath/analysis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocument } from '../../packages/analysis/test/postmortem-format/document-factory';
import { runCli } from './run-cli';

describe('aftermath policy and aftermath checklist', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-policy-'));
    data = ['--data', join(dir, 'data')];
    const created = await runCli([
      'incident',
      'create',
      '--title',
      'Search slow',
      '--severity',
      'SEV3',
      ...data,
    ]);
    expect(created.code).toBe(0);
    const doc = makeDocument();
    doc.postmortem = {
      ...doc.postmortem!,
      sections: { ...doc.postmortem!.sections, rootCauses: 'Operator error during the push.' },
    };
    await writeFile(join(dir, 'INC-7.md'), renderPostmortemMarkdown(doc));
    expect((await runCli(['import-docs', join(dir, 'INC-7.md'), ...data])).code).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('explains the decision in plain text and as JSON', async () => {
    const text = await runCli(['policy', 'check', 'INC-7', ...data]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('INC-7: a full postmortem is required.');
    expect(text.stdout).toContain('Severity SEV2 is SEV2 or worse');
    expect(text.stdout).toMatch(/draft 2026-03-07T10:20:00\.000Z {2}met/);
    const json = await runCli(['policy', 'check', 'INC-1', '--json', ...data]);
    const decision = JSON.parse(json.stdout) as { requirement: string; reasons: string[] };
    expect(decision).toMatchObject({
      requirement: 'lightweight',
      deadlines: { draftDue: null, finalDue: null },
    });
    expect(decision.reasons.join('\n')).toMatch(/policy's default is lightweight/);
    expect((await runCli(['policy', 'check', 'INC-99', ...data])).code).toBe(2);
  });

  it('runs the checklist, exits 1 on failing items and names each fix', async () => {
    const text = await runCli(['checklist', 'INC-7', ...data]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^INC-7: quality score \d+\/100/);
    expect(text.stdout).toMatch(/FAIL {2}root-cause-not-human-error +The Root causes or Trigger/);
    expect(text.stdout).toMatch(/FAIL {2}rca-coded .*\n +fix: Pick the trigger/);
    const json = JSON.parse((await runCli(['checklist', 'INC-7', '--json', ...data])).stdout) as {
      items: { id: string; passed: boolean }[];
      gates: { published: { missing: string[] } };
    };
    expect(json.items.filter((i) => !i.passed).map((i) => i.id)).toEqual([
      'rca-coded',
      'root-cause-not-human-error',
      'lessons',
      'blameless-language',
    ]);
    const none = await runCli(['checklist', 'INC-1', ...data]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No postmortem for INC-1');
  });

  it('refuses a bad policy file naming line and field, and saves a good one', async () => {
    await writeFile(join(dir, 'bad.yaml'), 'deadlines:\n  draftHours: -1\n');
    const bad = await runCli(['policy', 'set', join(dir, 'bad.yaml'), ...data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.yaml:2: deadlines.draftHours: Too small');
    const unchanged = await runCli(['policy', 'show', '--json', ...data]);
    expect(JSON.parse(unchanged.stdout)).toMatchObject({ deadlines: { draftHours: 72 } });
    const missing = await runCli(['policy', 'set', join(dir, 'nope.yaml'), ...data]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: cannot read the policy file');

    await writeFile(join(dir, 'good.yaml'), 'full:\n  maxSeverity: SEV1\n');
    expect((await runCli(['policy', 'set', join(dir, 'good.yaml'), ...data])).code).toBe(0);
    const shown = await runCli(['policy', 'show', ...data]);
    expect(shown.stdout).toContain('maxSeverity: SEV1');
    expect(shown.stdout).toContain('draftHours: 72');
    const check = await runCli(['policy', 'check', 'INC-7', '--json', ...data]);
    expect(JSON.parse(check.stdout)).toMatchObject({ requirement: 'lightweight' });
  });
});
