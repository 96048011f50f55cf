import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteDatabase } from '../dialects/sqlite.dialect';
import type { TestDatabase } from './test-database';

/** A SQLite database in a new temporary folder, removed on dispose. */
export async function createSqliteTestDatabase(): Promise<TestDatabase> {
  const folder = await mkdtemp(join(tmpdir(), 'aftermath-test-'));
  return {
    open: () => openSqliteDatabase(folder),
    dispose: () => rm(folder, { recursive: true, force: true }),
  };
}
