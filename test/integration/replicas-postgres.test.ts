import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCi } from '@aftermath/storage/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  startHttpReceiver,
  type HttpReceiver,
} from '../../apps/server/test/notification-peers';
import { startServerProcess, type ServerProcess } from './support/server-process';

// Two `aftermath serve` processes, each with its worker, on one real PostgreSQL server: every
// queued delivery runs exactly once across both (claims use FOR UPDATE SKIP LOCKED leases), and
// what one replica writes the other reads.

const serverUrl = process.env.AFTERMATH_TEST_PG_URL?.trim() ?? '';
const missing =
  'AFTERMATH_TEST_PG_URL is not set: the two-replica test needs a real PostgreSQL server ' +
  '(run it under scripts/with-postgres.sh, which starts a throwaway one).';
if (serverUrl === '' && !isCi()) process.stderr.write(`\n=== SKIPPED: ${missing}\n\n`);

const secret = ['replica', 'signing', 'key', '0123456789'].join('-');
const deliveries = 30;

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.skipIf(serverUrl === '' && !isCi())('two serve replicas on one PostgreSQL', () => {
  const database = `aftermath_replicas_${process.pid}_${Date.now().toString(36)}`;
  let dataDir: string;
  let receiver: HttpReceiver;
  const replicas: ServerProcess[] = [];

  beforeAll(async () => {
    if (serverUrl === '') throw new Error(missing);
    await onServer(`create database ${database}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    dataDir = await mkdtemp(join(tmpdir(), 'aftermath-replicas-'));
    receiver = await startHttpReceiver();
    // One after the other: the first migrates the database and makes the test admin.
    for (let i = 0; i < 2; i += 1) {
      replicas.push(await startServerProcess(dataDir, 60_000, ['--database-url', url.toString()]));
    }
  }, 180_000);
  afterAll(async () => {
    for (const replica of replicas) await replica.kill();
    await receiver?.close();
    if (serverUrl !== '') await onServer(`drop database if exists ${database} with (force)`);
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
  });

  const [a, b] = [() => replicas[0]!, () => replicas[1]!];
  const json = (body: unknown): RequestInit => ({
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  it('reads through one replica what was written through the other', async () => {
    // A test post reaches the named target whatever its events; one event only keeps the
    // replicas' weekly report (sent whenever this week's is due) off the receiver.
    const put = await a().request(
      '/api/v1/notifications/targets/hook',
      json({ type: 'webhook', events: ['published'], url: receiver.url, secret }),
    );
    expect(put.status).toBe(200);
    const listed = await b().request('/api/v1/notifications/targets');
    expect(((await listed.json()) as { items: { name: string; url: string }[] }).items).toEqual([
      expect.objectContaining({ name: 'hook', url: receiver.url }),
    ]);
  });

  it('runs every queued delivery exactly once across both workers', async () => {
    const ids: string[] = [];
    for (let i = 0; i < deliveries; i += 1) {
      const replica = i % 2 === 0 ? a() : b();
      const queued = await replica.request('/api/v1/notifications/targets/hook/test', {
        method: 'POST',
      });
      expect(queued.status).toBe(201);
      ids.push(((await queued.json()) as { id: string }).id);
    }
    await eventually(() => (receiver.received.length >= deliveries ? true : undefined), 60_000);
    // Any duplicate would arrive within a poll interval or two of the last delivery.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const delivered = receiver.received.map((r) => String(r.headers['x-aftermath-delivery']));
    expect(delivered.sort()).toEqual([...ids].sort());
    const log = await a().request(`/api/v1/notifications/deliveries?limit=${deliveries}`);
    const items = ((await log.json()) as { items: { status: string; attempts: number }[] }).items;
    expect(items).toHaveLength(deliveries);
    expect(items.every((d) => d.status === 'done' && d.attempts === 1)).toBe(true);
  }, 120_000);
});
