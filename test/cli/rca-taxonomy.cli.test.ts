import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultRcaTaxonomy } from '@aftermath/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('aftermath rca-taxonomy', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-rca-'));
    data = ['--data', join(dir, 'data')];
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the default, sets a new one, and refuses a repeated code naming the field', async () => {
    const shown = await runCli(['rca-taxonomy', 'show', ...data]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Triggers:\n {2}binary-push +Binary push — /);
    expect(shown.stdout).not.toMatch(/human/i);

    const next = {
      triggers: [{ code: 'moon-phase', label: 'Moon phase', description: 'Tides.' }],
      rootCauses: defaultRcaTaxonomy.rootCauses,
    };
    await writeFile(join(dir, 'taxonomy.json'), JSON.stringify(next));
    const set = await runCli([
      'rca-taxonomy',
      'set',
      join(dir, 'taxonomy.json'),
      '--json',
      ...data,
    ]);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toEqual(next);

    const twice = { ...next, triggers: [...next.triggers, ...next.triggers] };
    await writeFile(join(dir, 'twice.json'), JSON.stringify(twice));
    const refused = await runCli(['rca-taxonomy', 'set', join(dir, 'twice.json'), ...data]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'triggers.1.code: code "moon-phase" appears twice in triggers',
    );
  });
});
