import pg from 'pg';
import { quoteIdentifier } from '../dialects/pglite/pglite-driver';
import { openPostgresDatabase } from '../dialects/postgres.dialect';
import type { TestDatabase } from './test-database';

let created = 0;

async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A brand-new database on the server at `serverUrl` (AFTERMATH_TEST_PG_URL), dropped on dispose.
 * Names carry the process id so parallel test workers never collide.
 */
export async function createServerTestDatabase(serverUrl: string): Promise<TestDatabase> {
  created += 1;
  const name = `aftermath_test_${process.pid}_${created}_${Date.now().toString(36)}`;
  await runOnServer(serverUrl, `create database ${quoteIdentifier(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    open: () => openPostgresDatabase(url.toString(), 4),
    dispose: () =>
      runOnServer(serverUrl, `drop database if exists ${quoteIdentifier(name)} with (force)`),
  };
}
