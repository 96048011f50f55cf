import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

interface Listed {
  items: { seq: number; actor: string; action: string; target: string; after: unknown }[];
}

describe('aftermath audit and team member', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-audit-'));
    data = ['--data', join(dir, 'data')];
    for (const title of ['Checkout slow', 'Search down']) {
      const created = await runCli([
        'incident',
        'create',
        '--title',
        title,
        '--severity',
        'SEV3',
        ...data,
      ]);
      expect(created.code).toBe(0);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('records every change with who, what and the record written, and verifies the chain', async () => {
    const listed = await runCli(['audit', 'list', ...data, '--json']);
    expect(listed.code).toBe(0);
    const { items } = JSON.parse(listed.stdout) as Listed;
    const inserts = items.filter((record) => record.action === 'incidents.insert');
    expect(inserts.map((record) => record.target)).toEqual(['INC-1', 'INC-2']);
    expect(inserts[1]).toMatchObject({ actor: 'system', after: { title: 'Search down' } });
    const verified = await runCli(['audit', 'verify', ...data]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`intact: ${items.length} records`);
  });

  it('filters the list by actor, action and target as the API does', async () => {
    const list = async (...filters: string[]) => {
      const listed = await runCli(['audit', 'list', ...filters, ...data, '--json']);
      expect(listed.code, listed.stderr).toBe(0);
      return (JSON.parse(listed.stdout) as Listed).items;
    };
    const second = await list('--action', 'incidents.insert', '--target', 'INC-2');
    expect(second.map((record) => [record.action, record.target])).toEqual([
      ['incidents.insert', 'INC-2'],
    ]);
    // A table name matches every action on it.
    const onIncidents = await list('--action', 'incidents', '--actor', 'system');
    expect(onIncidents.map((record) => record.target)).toEqual(['INC-1', 'INC-2']);
    expect(await list('--actor', 'mallory')).toEqual([]);
    expect(await list('--target', 'INC-3')).toEqual([]);
    const human = await runCli(['audit', 'list', '--target', 'INC-1', ...data]);
    expect(human.stdout).toMatch(/#\d+\t\S+\tsystem\tincidents\.insert\tINC-1/);
    expect(human.stdout).not.toContain('INC-2');
    const blank = await runCli(['audit', 'list', '--actor', ' ', ...data]);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('--actor');
  });

  it('refuses a team role for an unknown person or an unknown role, exit 2 naming it', async () => {
    const unknown = await runCli([
      'team',
      'member',
      'add',
      'sec',
      'nobody',
      '--role',
      'responder',
      ...data,
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('nobody');
    const badRole = await runCli([
      'team',
      'member',
      'add',
      'sec',
      'ana',
      '--role',
      'boss',
      ...data,
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role');
    const listed = await runCli(['team', 'member', 'list', ...data, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual({ items: [] });
  });

  it('exits 1 naming the first record that was edited behind its back', async () => {
    const database = new SqliteDatabase(join(dir, 'data', 'aftermath.db'));
    try {
      database.prepare("update audit_log set actor = 'mallory' where seq = 2").run();
    } finally {
      database.close();
    }
    const verified = await runCli(['audit', 'verify', ...data, '--json']);
    expect(verified.code).toBe(1);
    expect(JSON.parse(verified.stdout)).toMatchObject({
      ok: false,
      records: 1,
      broken: { seq: 2, reason: expect.stringContaining('edited') as string },
    });
    const exported = await runCli(['audit', 'export', ...data]);
    expect(exported.code).toBe(0);
    const lines = exported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { seq: number; actor: string });
    expect(lines[1]).toMatchObject({ seq: 2, actor: 'mallory' });
  });
});
