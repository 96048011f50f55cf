import { sql } from 'kysely';
import { openPgliteDatabase } from '../dialects/pglite/pglite.dialect';
import type { PGliteSession } from '../dialects/pglite/pglite-driver';
import { startTestPglite } from './pglite-instance';
import type { TestDatabase } from './test-database';

// PGlite takes seconds to start, so one instance serves every test store of the process; each
// store gets a schema of its own, dropped on dispose.
let shared: Promise<PGliteSession> | undefined;
let created = 0;

/** A fresh schema on the process's shared in-memory PGlite. */
export async function createPgliteTestDatabase(): Promise<TestDatabase> {
  shared ??= startTestPglite();
  const pglite = await shared;
  created += 1;
  const schema = `test_${created}`;
  const admin = openPgliteDatabase(pglite, { ownsInstance: false });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  return {
    open: () => openPgliteDatabase(pglite, { schema, ownsInstance: false }),
    async dispose() {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.db.destroy();
    },
  };
}
