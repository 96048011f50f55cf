import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgliteTestDatabase } from './pglite-test-database';
import { createServerTestDatabase } from './postgres-server-database';
import type { TestDatabase } from './test-database';
import { isCi } from './test-dialects';

const notice = `
================================================================================
 PostgreSQL-dialect tests are running on PGlite (in-process WASM PostgreSQL),
 not on a real server. To run them against PostgreSQL, start one and set
   AFTERMATH_TEST_PG_URL=postgres://postgres@127.0.0.1:54330/postgres
 (each test store gets a brand-new database on it, dropped afterwards).
 Under CI=true, AFTERMATH_TEST_PG_URL is required.
================================================================================
`;

let noticeShown = false;

/**
 * Prints the PGlite notice once per run. Vitest runs each test file in its own child process, so
 * the children of one run agree through a marker file named after their common parent.
 */
function showPgliteNoticeOnce(env: Record<string, string | undefined>): void {
  if (noticeShown) return;
  noticeShown = true;
  if (env.VITEST !== undefined) {
    try {
      closeSync(openSync(join(tmpdir(), `aftermath-pglite-notice-${process.ppid}`), 'wx'));
    } catch {
      return; // another test process of this run printed it already
    }
  }
  process.stderr.write(notice);
}

/**
 * A throwaway PostgreSQL database: on the server in AFTERMATH_TEST_PG_URL when set; else, outside
 * CI, on PGlite with a loud notice. Under CI without a server it throws, so the suite fails
 * rather than quietly testing less.
 */
export async function createPostgresTestDatabase(
  env: Record<string, string | undefined> = process.env,
): Promise<TestDatabase> {
  const serverUrl = env.AFTERMATH_TEST_PG_URL?.trim();
  if (serverUrl !== undefined && serverUrl !== '') return createServerTestDatabase(serverUrl);
  if (isCi(env)) {
    throw new Error(
      'AFTERMATH_TEST_PG_URL is not set, and CI must test on a real PostgreSQL server. Start one ' +
        '(initdb + pg_ctl from the PostgreSQL 15 binaries) and set ' +
        'AFTERMATH_TEST_PG_URL=postgres://postgres@127.0.0.1:<port>/postgres',
    );
  }
  showPgliteNoticeOnce(env);
  return createPgliteTestDatabase();
}
