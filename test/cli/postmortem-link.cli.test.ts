import { createIdGenerator, createIncident, savePostmortem, type Context } from '@aftermath/core';
import { createIncidentInput, systemClock, systemPrincipal } from '@aftermath/domain';
import { openStore } from '@aftermath/storage';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

/** INC-1 with a postmortem; INC-2 and INC-3 without; INC-4 with a written postmortem of its own. */
async function seed(dataDir: string): Promise<void> {
  const store = await openStore({ kind: 'sqlite', dataDir });
  const ctx: Context = { store, clock: systemClock, newId: createIdGenerator() };
  try {
    for (const title of ['Checkout errors', 'Queue backlog', 'Cache misses', 'Own write-up']) {
      await createIncident(
        ctx,
        systemPrincipal,
        createIncidentInput.parse({ title, severity: 'SEV2' }),
      );
    }
    await savePostmortem(ctx, systemPrincipal, 'INC-1', null, { sections: { summary: 'Joint.' } });
    await savePostmortem(ctx, systemPrincipal, 'INC-4', null, { sections: { impact: 'Ours.' } });
  } finally {
    await store.close();
  }
}

describe('aftermath postmortem link, unlink and linked', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-joint-'));
    data = ['--data', join(dir, 'data')];
    await seed(join(dir, 'data'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('links incidents, shows the joint postmortem from a linked incident, and unlinks', async () => {
    const linked = await runCli([
      'postmortem',
      'link',
      'INC-1',
      'INC-2',
      'INC-3',
      '--json',
      ...data,
    ]);
    expect(linked.code).toBe(0);
    const joint = JSON.parse(linked.stdout) as { items: { key: string }[] };
    expect(joint.items.map((item) => item.key)).toEqual(['INC-2', 'INC-3']);
    const covered = await runCli(['postmortem', 'linked', 'INC-3', ...data]);
    expect(covered.stdout.trim()).toBe('INC-3: covered by the joint postmortem of INC-1');
    const unlinked = await runCli(['postmortem', 'unlink', 'INC-1', 'INC-3', ...data]);
    expect(unlinked.code).toBe(0);
    expect(unlinked.stdout).toMatch(
      /^INC-1: joint postmortem covering 1 incident\(s\)\n {2}INC-2 /,
    );
  });

  it('exits 2 naming the key and why when an incident cannot be linked, linking none', async () => {
    const refused = await runCli(['postmortem', 'link', 'INC-1', 'INC-3', 'INC-4', ...data]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('keys/1: INC-4 already has its own postmortem with content');
    const shown = await runCli(['postmortem', 'linked', 'INC-3', '--json', ...data]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ coveredBy: null, primary: 'INC-3' });
    const bad = await runCli(['postmortem', 'unlink', 'INC-1', 'INC-2', 'nope', ...data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('OTHERS/1');
    const still = await runCli(['postmortem', 'linked', 'INC-2', ...data]);
    expect(still.stdout).toContain('covered by the joint postmortem of INC-1');
  });
});
