import {
  addTimelineEntry,
  createAction,
  createIdGenerator,
  createIncident,
  savePostmortem,
  type Context,
} from '@aftermath/core';
import {
  createActionItemInput,
  createIncidentInput,
  createTimelineEntryInput,
  systemClock,
  systemPrincipal,
} from '@aftermath/domain';
import { openStore } from '@aftermath/storage';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// Assembled at run time: never a whole credential in a committed file.
const secret = 'ghp_' + 'x7Kq9Lm2Vb8Nc4Rt6Yw1Za3Sd5Fg0Hj2Pk4M';
const person = 'Mireille Okonkwo';
const xss = '<script>alert(1)</script> <img src=x onerror=alert(2)>';

async function seed(dataDir: string): Promise<void> {
  const store = await openStore({ kind: 'sqlite', dataDir });
  const ctx: Context = { store, clock: systemClock, newId: createIdGenerator() };
  try {
    await store.directory.upsertUser({
      username: 'mokonkwo',
      displayName: person,
      role: 'responder',
      team: null,
    });
    const incident = await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({ title: 'Checkout token leak', severity: 'SEV2' }),
    );
    await savePostmortem(ctx, systemPrincipal, incident.key, null, {
      sections: {
        summary: `${person} found the token ${secret} in a public log. ${xss}`,
        resolution: `The token ${secret} was revoked.`,
        wentWrong: 'Internal only: the paging rota had a gap.',
      },
    });
    for (const [kind, title] of [
      ['status', 'Investigating checkout errors'],
      ['chat', `${person}: revoking now`],
    ] as const) {
      await addTimelineEntry(
        ctx,
        systemPrincipal,
        incident.key,
        createTimelineEntryInput.parse({ at: '2026-11-20T09:00:00Z', kind, title }),
      );
    }
    await createAction(
      ctx,
      systemPrincipal,
      incident.key,
      createActionItemInput.parse({ title: 'Scan logs for tokens', owner: person }),
    );
    await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({ title: 'Token found in public log again', severity: 'SEV3' }),
    );
  } finally {
    await store.close();
  }
}

describe('export --public, similar and incident update', { timeout: 240_000 }, () => {
  let dir: string;
  const data = () => ['--data', dir];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-publication-'));
    await seed(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['md', 'html', 'json'])(
    'never lets the secret or a workspace person out in --public --format %s',
    async (format) => {
      const result = await runCli(['export', 'INC-1', '--public', '--format', format, ...data()]);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain(secret);
      expect(result.stdout).not.toMatch(/Mireille|Okonkwo/);
      expect(result.stdout).not.toContain('paging rota');
      expect(result.stdout).not.toContain('revoking now');
      expect(result.stdout).toContain('[REDACTED:github-token#1]');
    },
  );

  it('keeps an XSS payload inert in the HTML export, internal and public', async () => {
    for (const extra of [[], ['--public']]) {
      const html = (await runCli(['export', 'INC-1', '--format', 'html', ...extra, ...data()]))
        .stdout;
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).not.toMatch(/<script|<img/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const internal = await runCli(['export', 'INC-1', '--format', 'html', ...data()]);
    expect(internal.stdout).toContain('paging rota');
  });

  it('exits 2 on an unknown format', async () => {
    const result = await runCli(['export', 'INC-1', '--format', 'pdf', ...data()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be md, json or html');
  });

  it('lists similar incidents as {"items":[{"key","score","reasons"}]} and by text', async () => {
    const byKey = await runCli(['similar', 'INC-2', '--json', ...data()]);
    expect(byKey.code).toBe(0);
    const body = JSON.parse(byKey.stdout) as { items: Record<string, unknown>[] };
    expect(body.items.map((i) => i.key)).toEqual(['INC-1']);
    expect(Object.keys(body.items[0] ?? {})).toEqual(['key', 'score', 'reasons']);
    const byText = await runCli(['similar', '--text', 'token leak', '--limit', '1', ...data()]);
    expect(byText.stdout).toMatch(/^INC-1 .*Checkout token leak/);
    expect(byText.stdout).toContain('its action "Scan logs for tokens" is still open');
    expect((await runCli(['similar', ...data()])).code).toBe(2);
  });

  it('marks and clears a recurrence, refusing a cycle with exit 2', async () => {
    const marked = await runCli([
      'incident',
      'update',
      'INC-2',
      '--recurrence-of',
      'INC-1',
      '--json',
      ...data(),
    ]);
    expect(JSON.parse(marked.stdout)).toMatchObject({ key: 'INC-2', recurrenceOf: 'INC-1' });
    const cycle = await runCli([
      'incident',
      'update',
      'INC-1',
      '--recurrence-of',
      'INC-2',
      ...data(),
    ]);
    expect(cycle.code).toBe(2);
    expect(cycle.stderr).toContain('would make a cycle');
    const shown = await runCli(['incident', 'show', 'INC-2', ...data()]);
    expect(shown.stdout).toContain('recurrence of: INC-1');
    const cleared = await runCli([
      'incident',
      'update',
      'INC-2',
      '--recurrence-of',
      'none',
      '--json',
      ...data(),
    ]);
    expect(JSON.parse(cleared.stdout)).toMatchObject({ recurrenceOf: null });
  });
});
