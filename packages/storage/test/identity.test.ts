import type { StoredAccount } from '@aftermath/core';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

function anAccount(overrides: Partial<StoredAccount> = {}): StoredAccount {
  return {
    username: 'ana',
    displayName: 'Ana',
    role: 'admin',
    team: null,
    disabled: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    passwordHash: '$argon2id$fake-hash',
    ...overrides,
  };
}

describeEachDialect('accounts, sessions, tokens and login attempts', (suite) => {
  it('lets exactly one of two concurrent first-admin setups through', async () => {
    const { accounts } = suite.store();
    const results = await Promise.all([
      accounts.insertFirst(anAccount({ username: 'ana' })),
      accounts.insertFirst(anAccount({ username: 'bo' })),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await accounts.countWithPassword()).toBe(1);
    expect(await accounts.insertFirst(anAccount({ username: 'cy' }))).toBe(false);
  });

  it('refuses the first-admin setup once an account exists, writing nothing', async () => {
    const { accounts } = suite.store();
    await accounts.insert(anAccount({ username: 'ops' }));
    expect(await accounts.insertFirst(anAccount({ username: 'late' }))).toBe(false);
    expect((await accounts.list()).map((a) => a.username)).toEqual(['ops']);
  });

  it('turns a directory entry without a password into the account, but never takes over one', async () => {
    const { accounts, directory } = suite.store();
    await directory.upsertUser({
      username: 'ana',
      displayName: 'Ana',
      role: 'viewer',
      team: 'sre',
    });
    expect(await accounts.countWithPassword()).toBe(0);
    await accounts.insert(anAccount({ role: 'responder' }));
    expect(await accounts.get('ana')).toMatchObject({ role: 'responder', team: 'sre' });
    await expect(accounts.insert(anAccount({ passwordHash: 'other' }))).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await accounts.get('ana'))?.passwordHash).toBe('$argon2id$fake-hash');
  });

  it('disables, re-enables and changes passwords; unknown users are not_found', async () => {
    const { accounts } = suite.store();
    await accounts.insert(anAccount());
    await accounts.setDisabledAt('ana', '2026-11-21T00:00:00.000Z');
    expect((await accounts.list())[0]).toMatchObject({ username: 'ana', disabled: true });
    expect((await accounts.list())[0]).not.toHaveProperty('passwordHash');
    await accounts.setDisabledAt('ana', null);
    await accounts.setPasswordHash('ana', 'new-hash');
    expect(await accounts.get('ana')).toMatchObject({ disabled: false, passwordHash: 'new-hash' });
    await expect(accounts.setPasswordHash('nobody', 'x')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('stores sessions by hash and ends all of a user at once', async () => {
    const { sessions } = suite.store();
    const session = {
      username: 'ana',
      csrfToken: 'csrf',
      createdAt: '2026-11-20T10:00:00.000Z',
      lastSeenAt: '2026-11-20T10:00:00.000Z',
      expiresAt: '2026-11-27T10:00:00.000Z',
    };
    await sessions.insert({ ...session, idHash: 'h1' });
    await sessions.insert({ ...session, idHash: 'h2' });
    await sessions.touch('h1', '2026-11-20T11:00:00.000Z');
    expect(await sessions.get('h1')).toMatchObject({ lastSeenAt: '2026-11-20T11:00:00.000Z' });
    expect(await sessions.deleteForUser('ana')).toBe(2);
    expect(await sessions.get('h2')).toBeNull();
  });

  it('finds tokens by secret hash, lists newest first and keeps the first revocation time', async () => {
    const { apiTokens } = suite.store();
    const token = {
      username: 'ana',
      scope: 'read' as const,
      description: 'grafana',
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    };
    await apiTokens.insert({
      ...token,
      id: 'a1',
      secretHash: 's1',
      createdAt: '2026-11-20T10:00:00.000Z',
    });
    await apiTokens.insert({
      ...token,
      id: 'b2',
      secretHash: 's2',
      createdAt: '2026-11-21T10:00:00.000Z',
      username: 'bo',
    });
    expect((await apiTokens.findBySecretHash('s1'))?.id).toBe('a1');
    expect((await apiTokens.list()).map((t) => t.id)).toEqual(['b2', 'a1']);
    expect((await apiTokens.list('ana')).map((t) => t.id)).toEqual(['a1']);
    expect(await apiTokens.revoke('a1', '2026-11-22T00:00:00.000Z')).toBe(true);
    expect(await apiTokens.revoke('a1', '2026-11-23T00:00:00.000Z')).toBe(true);
    expect((await apiTokens.get('a1'))?.revokedAt).toBe('2026-11-22T00:00:00.000Z');
    expect(await apiTokens.revoke('zz', '2026-11-22T00:00:00.000Z')).toBe(false);
  });

  it('counts failed sign-ins without losing concurrent ones and restarts after a quiet spell', async () => {
    const { loginAttempts } = suite.store();
    const at = '2026-11-20T10:00:00.000Z';
    const restartBefore = '2026-11-19T10:00:00.000Z';
    await Promise.all(
      Array.from({ length: 6 }, () => loginAttempts.recordFailure('user:ana', at, restartBefore)),
    );
    expect(await loginAttempts.get('user:ana')).toMatchObject({ failures: 6, lockedUntil: null });
    await loginAttempts.lock('user:ana', '2026-11-20T10:01:00.000Z');
    expect((await loginAttempts.get('user:ana'))?.lockedUntil).toBe('2026-11-20T10:01:00.000Z');
    const later = '2026-11-22T10:00:00.000Z';
    expect(await loginAttempts.recordFailure('user:ana', later, '2026-11-21T10:00:00.000Z')).toBe(
      1,
    );
    await loginAttempts.clear('user:ana');
    expect(await loginAttempts.get('user:ana')).toBeNull();
  });
});
