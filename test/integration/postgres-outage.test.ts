import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/peer-process';
import { startServerProcess, type ServerProcess } from './support/server-process';
import {
  canStartPostgres,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from './support/throwaway-postgres';

interface ErrorJson {
  error: { code: string; message: string };
}

const createIncident = (server: ServerProcess, title: string) =>
  server.request('/api/v1/incidents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, severity: 'SEV2' }),
  });

/** `/healthz` as a load balancer's probe asks it: public, without credentials. */
const probe = (server: ServerProcess) => fetch(`${server.url}/healthz`);

async function titles(server: ServerProcess): Promise<string[]> {
  const response = await server.request('/api/v1/incidents?limit=500');
  expect(response.status).toBe(200);
  const page = (await response.json()) as { items: { title: string }[] };
  return page.items.map((item) => item.title).sort();
}

describe.runIf(canStartPostgres())('PostgreSQL outage', { timeout: 180_000 }, () => {
  let postgres: ThrowawayPostgres;
  let server: ServerProcess;
  const blobs = mkdtempSync(join(tmpdir(), 'aftermath-outage-'));

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    server = await startServerProcess(blobs, 60_000, ['--database-url', postgres.url]);
  }, 180_000);
  afterAll(async () => {
    await server?.kill();
    await postgres?.dispose();
    rmSync(blobs, { recursive: true, force: true });
  });

  it('answers 503 while the database is down, stores nothing it did not acknowledge, and recovers by itself', async () => {
    expect((await probe(server)).status).toBe(200);
    expect((await createIncident(server, 'before the outage')).status).toBe(201);

    await postgres.stop();
    const health = await probe(server);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      status: 'unavailable',
      database: 'postgres',
      reason: expect.stringContaining('the database does not answer') as string,
    });
    const refused = await createIncident(server, 'during the outage');
    expect(refused.status).toBe(503);
    const body = (await refused.json()) as ErrorJson;
    expect(body.error.code).toBe('unavailable');
    expect(body.error.message).toContain('nothing was stored');
    expect((await server.request('/api/v1/incidents')).status).toBe(503);

    await postgres.start();
    await waitFor('healthz 200 after the database is back', 60_000, async () =>
      (await probe(server)).status === 200 ? true : undefined,
    );
    expect((await createIncident(server, 'after the outage')).status).toBe(201);
    expect(await titles(server)).toEqual(['after the outage', 'before the outage']);
    expect(server.child.exitCode).toBeNull();
  });
});
