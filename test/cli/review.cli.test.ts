import { createIdGenerator, createIncident, savePostmortem, type Context } from '@aftermath/core';
import { createIncidentInput, systemClock, systemPrincipal } from '@aftermath/domain';
import { openStore } from '@aftermath/storage';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

/** INC-1 (SEV2, commander ana) with a postmortem saved three times by different people. */
async function seed(dataDir: string): Promise<void> {
  const store = await openStore({ kind: 'sqlite', dataDir });
  const ctx: Context = { store, clock: systemClock, newId: createIdGenerator() };
  try {
    const { key } = await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({ title: 'Login errors', severity: 'SEV2', commander: 'ana' }),
    );
    await savePostmortem(ctx, systemPrincipal, key, null, {
      sections: { summary: 'Logins failed.' },
      author: 'ana',
    });
    await savePostmortem(ctx, systemPrincipal, key, 1, {
      sections: { impact: 'Some users could not log in.' },
      author: 'bo',
    });
    await savePostmortem(ctx, systemPrincipal, key, 2, {
      sections: { impact: '12 % of logins failed for 30 minutes.\nMobile was not affected.' },
      author: 'cy',
    });
  } finally {
    await store.close();
  }
}

describe('aftermath review, comment and history', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-review-'));
    data = ['--data', join(dir, 'data')];
    await seed(join(dir, 'data'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists saved versions and prints a diff between two', async () => {
    const list = await runCli(['history', 'INC-1', ...data]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^INC-1: 3 saved versions\nv3 {2}\S+ {2}cy {2}Impact\n/);
    expect(list.stdout).toMatch(/v1 {2}\S+ {2}ana {2}Summary\n$/);
    const diff = await runCli(['history', 'INC-1', '--diff', '2..3', ...data]);
    expect(diff.stdout).toBe(
      [
        'INC-1: v2 → v3',
        '',
        '## Impact (+2 -1)',
        '- Some users could not log in.',
        '+ 12 % of logins failed for 30 minutes.',
        '+ Mobile was not affected.',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(
      (await runCli(['history', 'INC-1', '--diff', '1..3', '--json', ...data])).stdout,
    ) as {
      parts: { part: string; changed: boolean }[];
    };
    expect(json.parts.filter((p) => p.changed).map((p) => p.part)).toEqual(['impact']);
    const bad = await runCli(['history', 'INC-1', '--diff', '3-1', ...data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--diff: expected two versions like 2..5');
    expect((await runCli(['history', 'INC-1', '--diff', '1..9', ...data])).code).toBe(2);
  });

  it('adds, lists and resolves comment threads', async () => {
    const added = await runCli([
      'comment',
      'add',
      'INC-1',
      '@bo where is the 12 % from?',
      '--section',
      'impact',
      '--author',
      'cy',
      '--json',
      ...data,
    ]);
    expect(added.code).toBe(0);
    const root = JSON.parse(added.stdout) as { id: string; mentions: string[] };
    expect(root.mentions).toEqual(['bo']);
    const reply = await runCli([
      'comment',
      'add',
      'INC-1',
      'From the auth logs.',
      '--reply',
      root.id,
      '--author',
      'bo',
      ...data,
    ]);
    expect(reply.code).toBe(0);
    const listed = await runCli(['comment', 'list', 'INC-1', ...data]);
    expect(listed.stdout).toContain(
      `[Impact] thread ${root.id}\n  cy (${root.id}):\n    @bo where is the 12 % from?\n  bo (`,
    );
    const twoAnchors = await runCli([
      'comment',
      'add',
      'INC-1',
      'x',
      '--section',
      'impact',
      '--reply',
      root.id,
      '--author',
      'bo',
      ...data,
    ]);
    expect(twoAnchors.code).toBe(2);
    expect(twoAnchors.stderr).toContain(
      'give exactly one of --section, --entry, --action or --reply',
    );
    const badSection = await runCli([
      'comment',
      'add',
      'INC-1',
      'x',
      '--section',
      'nope',
      '--author',
      'bo',
      ...data,
    ]);
    expect(badSection.code).toBe(2);
    expect(badSection.stderr).toContain('body.anchor.section');
    expect(
      (await runCli(['comment', 'resolve', 'INC-1', root.id, '--by', 'cy', ...data])).code,
    ).toBe(0);
    const folded = await runCli(['comment', 'list', 'INC-1', ...data]);
    expect(folded.stdout).toBe(`[Impact] thread ${root.id} (resolved by cy, 2 comments)\n`);
  });

  it('sets the owner with a warning and records verdicts until the review is ready', async () => {
    const owner = await runCli(['review', 'owner', 'INC-1', 'ana', ...data]);
    expect(owner.code).toBe(0);
    expect(owner.stderr).toContain(
      'warning: ana is both the postmortem owner and the incident commander',
    );
    await runCli(['review', 'owner', 'INC-1', 'cy', ...data]);
    const asked = await runCli([
      'review',
      'request',
      'INC-1',
      '--reviewer',
      'bo',
      '--by',
      'cy',
      ...data,
    ]);
    expect(asked.stdout).toContain('reviewer bo: pending');
    expect(asked.stdout).toContain('not ready to approve: approvals 0 of 1 (SEV2); waiting for bo');
    const changes = await runCli([
      'review',
      'request-changes',
      'INC-1',
      '--reviewer',
      'bo',
      '--note',
      'Say how it was detected',
      ...data,
    ]);
    expect(changes.stdout).toContain('bo request changes v3: Say how it was detected');
    const approved = await runCli([
      'review',
      'approve',
      'INC-1',
      '--reviewer',
      'bo',
      '--json',
      ...data,
    ]);
    expect(JSON.parse(approved.stdout)).toMatchObject({ approvals: 1, required: 1, ready: true });
    const stranger = await runCli(['review', 'approve', 'INC-1', '--reviewer', 'zed', ...data]);
    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toContain('zed was not asked to review INC-1');
  });

  it('withdraws a pending review request and keeps an answered one', async () => {
    await runCli(['review', 'request', 'INC-1', '--reviewer', 'di', ...data]);
    const withdrawn = await runCli(['review', 'withdraw', 'INC-1', '--reviewer', 'di', ...data]);
    expect(withdrawn.code).toBe(0);
    expect(withdrawn.stdout).toContain('reviewer bo:');
    expect(withdrawn.stdout).not.toContain('reviewer di');
    const answered = await runCli(['review', 'withdraw', 'INC-1', '--reviewer', 'bo', ...data]);
    expect(answered.code).toBe(2);
    expect(answered.stderr).toContain('bo already answered; the verdict stays');
    const neither = await runCli(['review', 'withdraw', 'INC-1', ...data]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('give one of --reviewer or --team');
  });
});
