import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const password = ['cli', 'identity', 'pass', '42'].join('-');

describe('aftermath user and token', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-identity-'));
    data = ['--data', join(dir, 'data')];
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the first admin with the password from stdin and lists accounts without hashes', async () => {
    const created = await runCli(
      ['user', 'create', '--admin', '--username', 'ana', ...data, '--json'],
      {
        input: `${password}\n`,
      },
    );
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ username: 'ana', role: 'admin' });
    const listed = await runCli(['user', 'list', ...data, '--json']);
    expect(JSON.parse(listed.stdout)).toMatchObject({
      items: [{ username: 'ana', disabled: false }],
    });
    expect(listed.stdout).not.toContain('argon2');
  });

  it('refuses a short password and a taken username with exit 2, naming the field', async () => {
    const weak = await runCli([
      'user',
      'create',
      '--username',
      'bo',
      '--password',
      'short',
      ...data,
    ]);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('password');
    const taken = await runCli([
      'user',
      'create',
      '--username',
      'ana',
      '--password',
      password,
      ...data,
    ]);
    expect(taken.code).not.toBe(0);
    expect(taken.stderr).toContain('already exists');
  });

  it('issues a token once as {"token"}, lists it by id only and revokes it', async () => {
    const created = await runCli([
      'token',
      'create',
      '--user',
      'ana',
      '--scope',
      'read',
      '--expires',
      '30d',
      ...data,
      '--json',
    ]);
    expect(created.code).toBe(0);
    const { token } = JSON.parse(created.stdout) as { token: string };
    expect(token).toMatch(/^amt_[0-9a-z]{10}_[\w-]{43}$/);
    const id = token.slice(4, 14);
    const listed = await runCli(['token', 'list', ...data, '--json']);
    expect(listed.stdout).not.toContain(token);
    expect(JSON.parse(listed.stdout)).toMatchObject({
      items: [{ id, scope: 'read', revokedAt: null }],
    });
    const revoked = await runCli(['token', 'revoke', id, ...data, '--json']);
    expect(JSON.parse(revoked.stdout)).toMatchObject({ id });
    expect((JSON.parse(revoked.stdout) as { revokedAt: string | null }).revokedAt).not.toBeNull();
    const badScope = await runCli(['token', 'create', '--user', 'ana', '--scope', 'root', ...data]);
    expect(badScope.code).toBe(2);
    expect(badScope.stderr).toContain('--scope');
  });
});
