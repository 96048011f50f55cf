import { stat, mkdtemp, rm } from 'node:fs/promises';
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
import {
  fakeCredentials,
  startFakeTrackers,
  type FakeTrackers,
} from '../../apps/server/test/trackers/fake-trackers';
import { runCli } from './run-cli';

// `aftermath tracker` against a SQLite data folder and the local fake GitHub (a server on
// 127.0.0.1 speaking the documented Issues API; see fake-trackers.ts).

describe('aftermath tracker', { timeout: 240_000 }, () => {
  let dir: string;
  let dataDir: string;
  let data: string[];
  let fake: FakeTrackers;
  let actionId: string;
  const env = { GH_TOKEN: fakeCredentials.githubToken, AFTERMATH_SECRET_KEY: '' };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-tracker-'));
    dataDir = join(dir, 'data');
    data = ['--data', dataDir];
    fake = await startFakeTrackers();
    const store = await openStore({ kind: 'sqlite', dataDir });
    const ctx = { store, clock: systemClock, newId: createIdGenerator() };
    const incident = await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({ title: 'Queue backlog', severity: 'SEV2' }),
    );
    const input = createActionItemInput.parse({ title: 'Alert on queue depth' });
    actionId = (await createAction(ctx, systemPrincipal, incident.key, input)).id;
    await store.close();
  });
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sets a tracker from the environment, seals the token with a 0600 key file, links an issue', async () => {
    const set = await runCli(
      [
        'tracker',
        'set',
        'default',
        '--kind',
        'github',
        '--base-url',
        fake.url,
        '--project',
        'acme/api',
        '--token-env',
        'GH_TOKEN',
        ...data,
        '--json',
      ],
      { env },
    );
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      team: 'default',
      kind: 'github',
      tokenSet: true,
    });
    expect(set.stdout).not.toContain(fakeCredentials.githubToken);
    expect((await stat(join(dataDir, 'secret.key'))).mode & 0o777).toBe(0o600);
    const list = await runCli(['tracker', 'list', ...data], { env });
    expect(list.stdout).toMatch(/default\s+github\s+acme\/api/);
    fake.github.set(1, {
      title: 'Queue alert',
      description: '',
      state: 'closed',
      stateName: 'closed',
    });
    const linked = await runCli(['tracker', 'link', actionId, '#1', ...data], { env });
    expect(linked.code, linked.stderr).toBe(0);
    expect(linked.stdout).toContain('Linked acme/api#1 (done: closed)');
    expect(fake.requests.at(-1)?.headers.authorization).toBe(
      `Bearer ${fakeCredentials.githubToken}`,
    );
  });

  it('exits 2 naming the field or the missing variable', async () => {
    const bad = await runCli(
      [
        'tracker',
        'set',
        'ops',
        '--kind',
        'github',
        '--base-url',
        fake.url,
        '--project',
        'api',
        '--token-env',
        'GH_TOKEN',
        ...data,
      ],
      { env },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('project');
    const unset = await runCli(
      [
        'tracker',
        'set',
        'ops',
        '--kind',
        'linear',
        '--base-url',
        fake.url,
        '--project',
        't',
        '--token-env',
        'NOPE_UNSET',
        ...data,
      ],
      { env },
    );
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('NOPE_UNSET');
  });
});
