import { resolveBlobsDir, resolveStoreOptions } from '@aftermath/storage';
import { describe, expect, it } from 'vitest';

const pgUrl = 'postgres://aftermath@db.internal:5432/aftermath';

describe('resolveStoreOptions', () => {
  it('defaults to SQLite in ./data', () => {
    expect(resolveStoreOptions({ env: {} })).toEqual({ kind: 'sqlite', dataDir: './data' });
  });

  it('uses --data for the SQLite folder', () => {
    expect(resolveStoreOptions({ data: '/srv/aftermath', env: {} })).toEqual({
      kind: 'sqlite',
      dataDir: '/srv/aftermath',
    });
  });

  it('prefers DATABASE_URL over --data, and --database-url over both', () => {
    const env = { DATABASE_URL: pgUrl };
    expect(resolveStoreOptions({ data: './d', env })).toEqual({
      kind: 'postgres',
      url: pgUrl,
      blobsDir: 'd/blobs',
    });
    const explicit = 'postgresql://other@127.0.0.1/db';
    expect(resolveStoreOptions({ databaseUrl: explicit, env })).toEqual({
      kind: 'postgres',
      url: explicit,
    });
  });

  it('puts blobs in --blobs, else AFTERMATH_BLOBS, else beside the SQLite file', () => {
    const env = { AFTERMATH_BLOBS: '/mnt/shared/blobs' };
    expect(resolveStoreOptions({ blobs: '/b', databaseUrl: pgUrl, env })).toMatchObject({
      blobsDir: '/b',
    });
    expect(resolveStoreOptions({ databaseUrl: pgUrl, data: './d', env })).toMatchObject({
      blobsDir: '/mnt/shared/blobs',
    });
    const sqlite = resolveStoreOptions({ data: '/srv/aftermath', env: {} });
    expect(resolveBlobsDir(sqlite)).toBe('/srv/aftermath/blobs');
    expect(resolveBlobsDir(resolveStoreOptions({ databaseUrl: pgUrl, env: {} }))).toBe(
      'data/blobs',
    );
  });

  it('ignores an empty DATABASE_URL', () => {
    expect(resolveStoreOptions({ env: { DATABASE_URL: '' } }).kind).toBe('sqlite');
  });

  it('rejects a URL that is not PostgreSQL, naming --database-url but not the password', () => {
    const secret = ['hunter', '2'].join('');
    const call = () => resolveStoreOptions({ databaseUrl: `mysql://root:${secret}@db/x`, env: {} });
    expect(call).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(call).toThrow(/--database-url: expected a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(call).not.toThrow(secret);
  });

  it('rejects a bad DATABASE_URL and says where it came from', () => {
    const call = () => resolveStoreOptions({ env: { DATABASE_URL: './data/aftermath.db' } });
    expect(call).toThrow(/--database-url \(from DATABASE_URL\)/);
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({ details: [{ path: '--database-url' }] });
    }
  });
});
