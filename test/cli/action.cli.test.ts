import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAction, createIdGenerator, createIncident } from '@aftermath/core';
import {
  createActionItemInput,
  createIncidentInput,
  systemClock,
  systemPrincipal,
} from '@aftermath/domain';
import { openStore } from '@aftermath/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// `aftermath action` on a SQLite data folder: criteria set and shown, a sign-off, the check.

describe('aftermath action', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  let actionId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-action-'));
    const dataDir = join(dir, 'data');
    data = ['--data', dataDir];
    const store = await openStore({ kind: 'sqlite', dataDir });
    const ctx = { store, clock: systemClock, newId: createIdGenerator() };
    const incident = await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({ title: 'Queue backlog', severity: 'SEV2' }),
    );
    const input = createActionItemInput.parse({ title: 'Run a failover drill', status: 'done' });
    actionId = (await createAction(ctx, systemPrincipal, incident.key, input)).id;
    await store.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // Every call names the same data folder.
  const runAction = (...args: string[]) => runCli(['action', ...args, ...data]);

  it('sets sign-off criteria, refuses the wrong person, and verifies on the named one', async () => {
    const both = await runAction(
      'verification',
      actionId,
      '--deploy',
      'x',
      '--sign-off-by',
      'dana',
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('choose one of');
    const noDays = await runAction('verification', actionId, '--alert-fingerprint', 'ab12');
    expect(noDays.code).toBe(2);
    expect(noDays.stderr).toContain('criteria.days');

    const set = await runAction('verification', actionId, '--sign-off-by', 'dana', '--json');
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      criteria: { kind: 'sign_off', person: 'dana' },
      state: 'holding',
    });
    const wrong = await runAction('sign-off', actionId, '--note', 'ok', '--by', 'erin');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('Only dana can sign off');

    const signed = await runAction('sign-off', actionId, '--note', 'Drill passed.', '--by', 'dana');
    expect(signed.code, signed.stderr).toBe(0);
    expect(signed.stdout).toContain('signed off by dana');
    expect(signed.stdout).toContain('Drill passed.');

    const check = await runAction('check', '--json');
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual({ checked: 0, verified: [], reopened: [] });
  });
});
