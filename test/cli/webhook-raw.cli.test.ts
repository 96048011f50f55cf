import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createIdGenerator, receiveWebhook, setWebhookAuth, type Context } from '@aftermath/core';
import { systemClock, systemPrincipal } from '@aftermath/domain';
import { openStore } from '@aftermath/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// Odd spacing and a non-ASCII summary: the bytes must come back exactly as they were sent.
const body = `{"version":"4",  "status":"firing","receiver":"aftermath","groupKey":"{}:{alertname=\\"DiskFilling\\"}",
"alerts":[{"status":"firing","labels":{"alertname":"DiskFilling","service":"logs"},
"annotations":{"summary":"Platte fast voll — 97 %"},"startsAt":"2026-11-20T09:55:00Z",
"endsAt":"0001-01-01T00:00:00Z","fingerprint":"fp-disk"}]}`;

/** Receives one Alertmanager delivery into the data folder, as the server would. */
async function seed(dataDir: string): Promise<string> {
  const store = await openStore({ kind: 'sqlite', dataDir });
  const ctx: Context = { store, clock: systemClock, newId: createIdGenerator() };
  try {
    await setWebhookAuth(ctx, systemPrincipal, 'alertmanager', { open: true });
    const delivery = await receiveWebhook(ctx, {
      source: 'alertmanager',
      headers: {},
      declaredLength: null,
      body: Readable.from([Buffer.from(body)]),
    });
    expect(delivery.outcome).toBe('unrouted');
    return delivery.id;
  } finally {
    await store.close();
  }
}

describe('aftermath webhook deliveries --raw', { timeout: 240_000 }, () => {
  let dir: string;
  let data: string[];
  let id: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aftermath-webhook-raw-'));
    data = ['--data', join(dir, 'data')];
    id = await seed(join(dir, 'data'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes an unrouted delivery’s body to stdout exactly as it arrived', async () => {
    const listed = await runCli(['webhook', 'deliveries', '--outcome', 'unrouted', ...data]);
    expect(listed.stdout).toContain(id);
    const raw = await runCli(['webhook', 'deliveries', '--raw', id, ...data]);
    expect(raw.code).toBe(0);
    expect(raw.stdout).toBe(body);
  });

  it('names an unknown delivery id and exits 2', async () => {
    const missing = await runCli(['webhook', 'deliveries', '--raw', 'nope-42', ...data]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('No webhook delivery nope-42');
  });
});
