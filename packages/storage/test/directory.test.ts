import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

describeEachDialect('services, users, teams and settings', (suite) => {
  it('upserts services by name and lists them by name', async () => {
    const { services } = suite.store();
    await services.upsert({ name: 'search', team: null, tier: null, description: '' });
    await services.upsert({ name: 'checkout-api', team: 'payments', tier: 1, description: 'x' });
    await services.upsert({ name: 'search', team: 'discovery', tier: 2, description: 'Search' });
    expect(await services.get('search')).toEqual({
      name: 'search',
      team: 'discovery',
      tier: 2,
      description: 'Search',
    });
    expect((await services.list()).map((service) => service.name)).toEqual([
      'checkout-api',
      'search',
    ]);
    expect(await services.get('nope')).toBeNull();
  });

  it('upserts users and teams and lists them by name', async () => {
    const { directory } = suite.store();
    await directory.upsertUser({ username: 'zoe', displayName: 'Zoe', role: 'viewer', team: null });
    await directory.upsertUser({ username: 'al', displayName: 'Al', role: 'admin', team: 'sre' });
    await directory.upsertUser({
      username: 'zoe',
      displayName: 'Zoë',
      role: 'reviewer',
      team: 'sre',
    });
    await directory.upsertTeam({ name: 'sre', description: '' });
    await directory.upsertTeam({ name: 'payments', description: 'Money' });
    await directory.upsertTeam({ name: 'sre', description: 'Reliability' });
    expect(await directory.listUsers()).toEqual([
      { username: 'al', displayName: 'Al', role: 'admin', team: 'sre' },
      { username: 'zoe', displayName: 'Zoë', role: 'reviewer', team: 'sre' },
    ]);
    expect(await directory.listTeams()).toEqual([
      { name: 'payments', description: 'Money' },
      { name: 'sre', description: 'Reliability' },
    ]);
  });

  it('stores settings as JSON values, replaces them, and removes them on undefined', async () => {
    const { settings } = suite.store();
    const scale = { SEV1: 'Critical', levels: [1, 2.5], nested: { on: true, none: null } };
    await settings.set('severityScale', scale);
    await settings.set('stored-null', null);
    expect(await settings.get('severityScale')).toEqual(scale);
    expect(await settings.get('stored-null')).toBeNull();
    expect(await settings.get('missing')).toBeUndefined();
    await settings.set('severityScale', 'plain');
    expect(await settings.get('severityScale')).toBe('plain');
    await settings.set('severityScale', undefined);
    expect(await settings.get('severityScale')).toBeUndefined();
  });

  it('refuses a setting that is not JSON and keeps the old value', async () => {
    const { settings } = suite.store();
    await settings.set('limit', 5);
    await expect(settings.set('limit', 10n)).rejects.toMatchObject({
      code: 'validation',
      details: [{ path: 'settings.limit' }],
    });
    expect(await settings.get('limit')).toBe(5);
  });
});
